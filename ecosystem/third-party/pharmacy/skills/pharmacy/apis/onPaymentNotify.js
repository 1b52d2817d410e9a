const orders = require('../utils/orders.js')
// 平台支付结果通知（createOrder 的 notifyApi）。只由平台在用户付款后调用。
module.exports = async function onPaymentNotify(args) {
  const orderId = args.orderId || (args.order && args.order.orderId)
  const o = orderId && orders.find(orderId)
  if (!o) return { isError: true, content: [{ type: 'text', text: `没有找到订单 ${orderId || ''}。` }] }
  const status = String(args.status || (args.order && args.order.status) || 'paid')
  if (status === 'refunded') orders.update(orderId, { status: 'refunded' })
  else if (o.status === 'unpaid' && status !== 'created') orders.update(orderId, { status: 'paid', paidAt: new Date().toISOString() })
  return { isError: false, content: [{ type: 'text', text: `订单 ${orderId} 已支付成功，门店开始备货。` }], structuredContent: { orderId, status: 'paid' } }
}
