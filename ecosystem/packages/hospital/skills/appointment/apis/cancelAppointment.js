// Cancels one of the user's booked appointments before its clinic starts and refunds the fee.
const { cancelAppointment } = require('../../../utils/cancel.js')
const { appointmentView } = require('../../../utils/views.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function cancelAppointmentApi(args) {
  const en = isEnglish()
  const { openid } = await wx.login()
  const done = await cancelAppointment(args.appointmentId, openid, en)
  if (done.error) return fail(done.error)
  const a = done.appointment
  return ok(en
    ? 'Canceled appointment ' + a.id + ' (' + a.patientName + ', ' + done.when + '); the ¥' + done.refunded.toFixed(2) + ' fee goes back to the original payment method. Tell the user the slot is released.'
    : '已取消预约 ' + a.id + '（' + a.patientName + '，' + done.when + '），挂号费 ' + done.refunded.toFixed(2) + ' 元将原路退回。请告知用户号源已释放。',
  { appointment: appointmentView(a), refunded: done.refunded })
}
