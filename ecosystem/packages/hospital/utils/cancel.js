// Cancelling an appointment, shared by the skill and the pages: allowed until its clinic starts,
// the fee is refunded in full to the payer.
const appointments = require('./appointments.js')
const booking = require('./booking.js')
const dates = require('./dates.js')

const PERIOD_START = { am: 8 * 60, pm: 13 * 60 + 30 }

// Returns { appointment, refunded } or { error } in the user's language.
async function cancelAppointment(appointmentId, openid, english) {
  const a = appointments.findById(appointmentId)
  if (!a || a.openid !== openid || a.status === 'awaiting_payment') {
    return { error: english ? 'You have no appointment ' + appointmentId + '. Look it up with listMyAppointments and use its id.' : '没有找到您的预约 ' + appointmentId + '。请用 listMyAppointments 查看后使用对应的 id。' }
  }
  const when = booking.slotLabel(a.date, a.period, english)
  if (a.status === 'canceled') {
    return { error: english ? 'Appointment ' + a.id + ' (' + when + ') is already canceled; nothing more to do.' : '预约 ' + a.id + '（' + when + '）已经取消过了，无需再取消。' }
  }
  const today = dates.today()
  if (a.date < today || (a.date === today && dates.minutesNow() >= PERIOD_START[a.period])) {
    return { error: english ? 'The clinic of ' + when + ' has started or passed, so it can no longer be canceled online; please ask the hospital\'s registration desk.' : when + ' 的门诊已经开始或已过，不能在线取消，请到医院挂号窗口办理。' }
  }
  const refund = await wx.refundOrder({ orderId: a.orderId, amount: a.fee, reason: 'appointment canceled' })
  return { appointment: appointments.markCanceled(a.orderId, refund.amount), refunded: refund.amount, when: when }
}

module.exports = { cancelAppointment }
