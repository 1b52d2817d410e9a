const store = require('../utils/bookings.js')
// 平台支付结果通知（createBooking 下单时登记的 notifyApi），只由平台回调。
module.exports = async function onPaymentNotify(args) {
  const id = args.orderId || args.bookingId || (args.order && args.order.orderId)
  const b = id && store.find(id)
  if (!b) return { isError: true, content: [{ type: 'text', text: `没有找到预订 ${id || ''}。` }] }
  const status = String(args.status || (args.order && args.order.status) || 'paid')
  if (status === 'refunded') store.update(id, { status: 'refunded' })
  else if (b.status === 'unpaid' && status !== 'created') store.update(id, { status: 'paid', paidAt: new Date().toISOString() })
  return { isError: false, content: [{ type: 'text', text: `预订 ${id} 已支付，预订成功。` }], structuredContent: { bookingId: id, status: 'paid' } }
}
