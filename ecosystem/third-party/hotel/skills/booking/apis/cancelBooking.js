const store = require('../utils/bookings.js')
const P = require('../utils/pricing.js')
module.exports = async function cancelBooking(args) {
  const b = await store.view(args.bookingId)
  if (!b) return { isError: true, content: [{ type: 'text', text: `没有找到预订 ${args.bookingId}，未做任何操作。请先调用 listMyBookings 找到正确的 bookingId。` }] }
  if (b.status !== 'unpaid' && b.status !== 'paid') return { isError: true, content: [{ type: 'text', text: `预订 ${b.bookingId} 当前为「${b.statusText}」，无需再取消。` }] }
  if (b.status === 'unpaid') {
    store.update(b.bookingId, { status: 'cancelled' })
    return { isError: false, content: [{ type: 'text', text: `预订 ${b.bookingId} 尚未支付，已取消，没有产生费用。` }], structuredContent: { bookingId: b.bookingId, status: 'cancelled', fee: 0, refundAmount: 0 } }
  }
  const fee = store.cancelFee(b)
  const refund = P.yuan(P.fen(b.total) - P.fen(fee))
  if (refund > 0) {
    try {
      await wx.refundOrder({ orderId: b.bookingId, amount: refund, reason: fee > 0 ? '入住前一天18:00后取消，扣首晚房费' : '免费取消' })
    } catch (e) {
      return { isError: true, content: [{ type: 'text', text: `退款没有成功：${(e && (e.errMsg || e.message)) || e}。预订仍然有效，未取消。请告诉用户稍后再试，不要重复提交。` }] }
    }
  }
  store.update(b.bookingId, { status: 'refunded', cancelFee: fee, refundAmount: refund })
  const text = fee > 0
    ? `预订 ${b.bookingId} 已取消。已过免费取消时间（入住前一天 18:00），收取首晚房费 ¥${fee.toFixed(2)}，退款 ¥${refund.toFixed(2)} 原路退回。`
    : `预订 ${b.bookingId} 已免费取消，¥${refund.toFixed(2)} 全额原路退回。`
  return { isError: false, content: [{ type: 'text', text }], structuredContent: { bookingId: b.bookingId, status: 'refunded', fee, refundAmount: refund } }
}
