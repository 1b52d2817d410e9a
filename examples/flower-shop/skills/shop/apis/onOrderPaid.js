const book = require('../../../lib/order-book.js')

module.exports = async function onOrderPaid(args) {
  const order = book.findOrder(args.orderId)
  if (!order) {
    return { isError: true, content: [{ type: 'text', text: '没有找到订单 ' + args.orderId + '。支付结果无法记录，请联系花店客服核对。' }] }
  }
  if (order.status === 'created') {
    order.status = args.status
    if (args.status === 'canceled') book.changeSlot(order.deliveryDate, order.timeSlot, -1)
    book.saveOrder(order)
  }
  const when = order.deliveryDate + ' ' + book.slotLabel(order.timeSlot)
  const text =
    order.status === 'paid'
      ? '支付成功，订单 ' + order.orderId + ' 的' + order.bouquetName + '将于 ' + when + ' 送到' + order.address.label + '。请告诉用户订单已确认，之后可以随时查看或取消订单。'
      : '订单 ' + order.orderId + ' 未支付，已取消，预留的配送时段已释放。如用户仍想购买，可以重新下单。'
  return {
    isError: false,
    content: [{ type: 'text', text }],
    structuredContent: { orderId: order.orderId, status: order.status, deliveryDate: order.deliveryDate, timeSlot: order.timeSlot }
  }
}
