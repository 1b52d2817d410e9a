// The user's appointments (booked and canceled), newest visit first.
const appointments = require('../../../utils/appointments.js')
const { appointmentView, appointmentLine } = require('../../../utils/views.js')
const { ok } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function listMyAppointments() {
  const en = isEnglish()
  const { openid } = await wx.login()
  const list = appointments.listFor(openid).map(appointmentView).sort(function (a, b) {
    return (b.date + b.period).localeCompare(a.date + a.period)
  })
  if (!list.length) {
    return ok(en ? 'You have no appointments yet. The user can book one: name a hospital, department or doctor and a day.' : '您还没有挂号记录。如需挂号，请告诉我医院、科室或医生，以及就诊日期。', { appointments: [] })
  }
  const lines = list.map(function (v) { return appointmentLine(v, en) })
  return ok(en
    ? 'Your appointments: ' + lines.join('; ') + '. Show the appointment list card. To cancel one, just tell me which.'
    : '您的挂号记录：' + lines.join('；') + '。请展示预约列表卡片。如需取消某个预约，告诉我即可。', { appointments: list })
}
