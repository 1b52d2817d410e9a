const C = require('../utils/common.js')

// notifyApi of createBooking: the hub calls it with { orderId, status } once the payment is captured or declined.
module.exports = async function onBookingPayment (args) {
  args = args || {}
  const state = C.load()
  const b = state.bookings[args.orderId]
  if (!b) return C.fail(`找不到预约 ${args.orderId}。请调用 listMyBookings 查看用户的预约。`)
  const real = await wx.getOrder(b.orderId)   // the payment service decides, not the arguments
  if (real.status === 'paid') {
    if (b.status === 'created') { b.status = 'paid'; b.paidAt = new Date(C.nowMs()).toISOString(); C.save(state) }
    return C.ok(`预约 ${b.orderId} 已支付 ${C.fmt(real.amount)}，预约成功：${b.date} ${b.time}-${b.endTime} 上门，${b.lines.map(l => l.name).join(' + ')}。保洁师会在上门前 1 小时电话联系 ${b.contact}。请展示预约卡片告诉用户。`, C.view(b))
  }
  if (real.status === 'canceled') {
    if (b.status === 'created') { b.status = 'canceled'; C.save(state) }
    return C.ok(`预约 ${b.orderId} 未支付，已取消，时段已释放，没有扣款。请告诉用户；如仍需要，可重新调用 createBooking。`, C.view(b))
  }
  return C.ok(`预约 ${b.orderId} 当前状态：${real.status}。`, C.view(b))
}
