// Called by the hub after the user decided on a registration order: confirms the slot once
// paid, releases it when declined. Never called by the model.
const appointments = require('../../../utils/appointments.js')
const catalog = require('../../../utils/catalog.js')
const booking = require('../../../utils/booking.js')
const { appointmentView } = require('../../../utils/views.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function notifyAppointment(args) {
  const en = isEnglish()
  const a = appointments.findByOrder(args.orderId)
  if (!a) {
    return fail(en ? 'Order ' + args.orderId + ' is not a CareBook registration; nothing was changed.' : '订单 ' + args.orderId + ' 不是健康挂号的订单，未做任何处理。')
  }
  const order = await wx.getOrder(args.orderId)
  const doctor = catalog.doctor(a.doctorId)
  if (args.status === 'paid' && order.status === 'paid') {
    const done = appointments.markPaid(args.orderId)
    const when = booking.slotLabel(done.date, done.period, en)
    return ok(en
      ? 'Payment received: ' + done.patientName + ' is registered with ' + booking.doctorLabel(doctor, true) + ' at ' + when + ', visit number ' + done.visitNo + ' (appointment ' + done.id + '). Bring the ID card to the hospital on time. Show the receipt card.'
      : '支付成功，已为' + done.patientName + '挂号：' + booking.doctorLabel(doctor, false) + '，' + when + '，就诊序号 ' + done.visitNo + '（预约号 ' + done.id + '）。请按时携带身份证到医院就诊。请展示挂号凭证卡片。',
    { appointment: appointmentView(done) })
  }
  if (args.status === 'canceled' && order.status !== 'paid') {
    const done = appointments.markCanceled(args.orderId)
    return ok(en
      ? 'The registration order was canceled and nothing was charged; the slot is released. The user can book again any time.'
      : '挂号订单已取消，未扣款，号源已释放。如需挂号可以重新预约。', { appointment: appointmentView(done) })
  }
  return fail(en
    ? 'The payment service reports order ' + args.orderId + ' as ' + order.status + ', not "' + args.status + '"; nothing was changed.'
    : '支付服务显示订单 ' + args.orderId + ' 的状态为 ' + order.status + '，与通知的「' + args.status + '」不符，未做任何处理。')
}
