const book = require('../../../lib/order-book.js')

module.exports = async function viewOrder(args) {
  const order = book.findOrder(args.orderId)
  if (!order) {
    return { isError: true, content: [{ type: 'text', text: '没有找到订单 ' + args.orderId + '。请先调用 listOrders 查看用户的订单，不要编造订单 ID。' }] }
  }
  let refunded = 0
  try {
    // the hub's record of the payment is the truth; the shop's copy may lag behind it
    const payment = await wx.getOrder(order.orderId)
    if (payment.status === 'paid' && order.status === 'created') order.status = 'paid'
    refunded = payment.refunded || 0
  } catch (error) {
    // no payment record (e.g. an order from before payments were on the hub): keep the shop's copy
  }
  const summary = book.summarize(order)
  return {
    isError: false,
    content: [
      {
        type: 'text',
        text:
          '订单 ' + order.orderId + '：' + order.bouquetName + ' ×' + order.qty + '，' + order.deliveryDate + ' ' + book.slotLabel(order.timeSlot) + ' 送到' +
          order.address.label + '，共 ' + order.amount + ' 元，状态：' + book.STATUS_LABELS[order.status] + '。如用户要取消，请确认后调用 cancelOrder。'
      }
    ],
    structuredContent: Object.assign(summary, { refunded }),
    handoff: { path: '/pages/checkout/checkout', query: 'orderId=' + order.orderId }
  }
}
