const book = require('../../../lib/order-book.js')
const { todayInShop } = require('../../../data/delivery.js')

function fail(text) {
  return { isError: true, content: [{ type: 'text', text }] }
}

module.exports = async function cancelOrder(args) {
  const order = book.findOrder(args.orderId)
  if (!order) return fail('没有找到订单 ' + args.orderId + '。请先调用 listOrders 查看用户的订单，不要编造订单 ID。')
  if (order.status === 'canceled' || order.status === 'refunded') {
    return {
      isError: false,
      content: [{ type: 'text', text: '订单 ' + order.orderId + ' 之前已经取消，无需再次取消。请告诉用户这一单不会配送。' }],
      structuredContent: { orderId: order.orderId, status: order.status, refunded: 0 }
    }
  }
  if (order.deliveryDate <= todayInShop()) {
    return fail('订单 ' + order.orderId + ' 今天送达，花已在制作或配送中，不能取消。可以请用户联系花店客服改期；不要重复尝试取消。')
  }

  let refunded = 0
  if (order.status === 'paid') {
    const refund = await wx.refundOrder({ orderId: order.orderId, amount: order.amount, reason: args.reason || '用户取消订单' })
    refunded = refund.amount
    order.status = 'refunded'
  } else {
    order.status = 'canceled'
  }
  book.saveOrder(order)
  book.changeSlot(order.deliveryDate, order.timeSlot, -1)

  const money = refunded > 0 ? refunded + ' 元将原路退回，1-3 个工作日到账。' : '这一单尚未付款，无需退款。'
  return {
    isError: false,
    content: [{ type: 'text', text: '已取消订单 ' + order.orderId + '（' + order.bouquetName + '），' + money + '请告诉用户取消结果。' }],
    structuredContent: { orderId: order.orderId, status: order.status, refunded }
  }
}
