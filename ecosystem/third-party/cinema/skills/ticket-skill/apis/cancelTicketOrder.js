const C = require('../utils/common.js')
const { view, release } = require('./onTicketPayment.js')

module.exports = async function cancelTicketOrder (args) {
  args = args || {}
  const openid = await C.userId()
  const state = C.load()
  const rec = state.orders[args.orderId]
  if (!rec || rec.openid !== openid) return C.fail(`找不到订单 ${args.orderId}。请调用 listMyOrders 取得用户自己的 orderId，不要编造。`)
  const st = C.showtime(rec.showtimeId); const f = C.film(st.filmId); const c = C.cinema(st.cinemaId)
  const real = await wx.getOrder(rec.orderId)
  if (real.status === 'refunded' || rec.status === 'refunded') return C.fail(`订单 ${rec.orderId} 已经退过票了，款项已原路退回。不要再次退款。`)
  if (real.status === 'created') {
    return C.fail(`订单 ${rec.orderId} 还没有支付，不需要退款；用户在确认卡片上不确认，订单就不会扣款。请告诉用户这一点。`)
  }
  if (real.status === 'canceled') return C.fail(`订单 ${rec.orderId} 已取消，没有扣款，无需退票。`)
  const cutoff = C.catalog.rules.refundCutoffMinutes
  if (C.startOf(st) - C.nowMs() < cutoff * 60 * 1000) {
    return C.fail(`订单 ${rec.orderId}（${st.date} ${st.time} 开场）距开场已不足 ${cutoff / 60} 小时，按影城规则不能退票，也不能改签。请如实告诉用户；不要尝试退款。`)
  }
  const refund = await wx.refundOrder({ orderId: rec.orderId, amount: real.amount, reason: args.reason || '用户退票' })
  rec.status = 'refunded'
  rec.refundedAmount = refund.amount
  release(state, rec)
  C.save(state)
  return C.ok(`已为订单 ${rec.orderId} 退票：《${f.name}》${st.date} ${st.time} ${c.name}，退款 ${C.fmt(refund.amount)} 将原路退回。请展示订单卡片并告诉用户退款金额。`, view(rec, st, f, c))
}
