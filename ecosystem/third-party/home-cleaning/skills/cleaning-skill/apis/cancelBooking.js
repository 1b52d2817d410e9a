const C = require('../utils/common.js')

module.exports = async function cancelBooking (args) {
  args = args || {}
  const openid = await C.userId()
  const state = C.load()
  const b = state.bookings[args.orderId]
  if (!b || b.openid !== openid) return C.fail(`找不到预约 ${args.orderId}。请调用 listMyBookings 取得用户自己的 orderId，不要编造。`)
  const real = await wx.getOrder(b.orderId)
  if (real.status === 'created') return C.fail(`预约 ${b.orderId} 还没有支付，没有扣款；用户不在确认卡片上确认，它就不会生效。请告诉用户这一点。`)
  if (real.status === 'canceled' || b.status === 'canceled') return C.fail(`预约 ${b.orderId} 已取消，没有扣款。`)
  if (real.status === 'refunded' || b.status === 'refunded') return C.fail(`预约 ${b.orderId} 已取消并退款，不要再次退款。`)
  const left = C.at(b.date, b.time) - C.nowMs()
  const R = C.catalog.rules
  if (left < R.noCancelMinutes * 60000) {
    return C.fail(`预约 ${b.orderId}（${b.date} ${b.time}）距上门不足 2 小时，不能在线取消。请告诉用户拨打客服 ${C.cityInfo(b.city).hotline}；不要尝试退款。`)
  }
  const cents = C.toCents(real.amount)
  const refundCents = left >= R.freeCancelHours * 3600000 ? cents : Math.round(cents * R.lateCancelRefundRate)
  if (refundCents < cents && args.acceptFee !== true) {
    return C.ok(`预约 ${b.orderId}（${b.date} ${b.time}）距上门不足 24 小时，取消需扣 20% 违约金 ${C.fmt(C.fromCents(cents - refundCents))}，可退 ${C.fmt(C.fromCents(refundCents))}。预约尚未取消。请把这笔费用告诉用户并问是否仍要取消；用户同意后再用 acceptFee=true 调用 cancelBooking，不同意则保持原预约。`,
      Object.assign(C.view(b), { refundQuote: C.fromCents(refundCents) }))
  }
  const refund = await wx.refundOrder({ orderId: b.orderId, amount: C.fromCents(refundCents), reason: args.reason || '用户取消保洁预约' })
  b.status = 'refunded'
  b.refundedAmount = refund.amount
  C.save(state)
  const fee = C.fromCents(cents - refundCents)
  return C.ok(`预约 ${b.orderId}（${b.date} ${b.time}）已取消，退款 ${C.fmt(refund.amount)} 原路退回${fee > 0 ? `（距上门不足 24 小时，扣除 20% 违约金 ${C.fmt(fee)}）` : '（全额退款）'}。请展示预约卡片并告诉用户退款金额。`, C.view(b))
}
