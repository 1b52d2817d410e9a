const orders = require('../utils/orders.js')
module.exports = async function cancelOrder(args) {
  const o = await orders.view(args.orderId)
  if (!o) return { isError: true, content: [{ type: 'text', text: `没有找到订单 ${args.orderId}，未做任何操作。请先调用 getOrderStatus（不带参数）查看用户的订单，拿到正确的 orderId。` }] }
  if (o.status === 'cancelled' || o.status === 'refunded' || o.status === 'closed') {
    return { isError: true, content: [{ type: 'text', text: `订单 ${o.orderId} 已经是「${o.statusText}」状态，无需再次取消。` }] }
  }
  if (o.status === 'shipped') {
    return { isError: true, content: [{ type: 'text', text: `订单 ${o.orderId} 已发货，骑手配送中，不能在线取消，也未退款。请告诉用户可以收货时拒收，或联系门店（${o.storeName}）处理。` }] }
  }
  if (o.status === 'unpaid') {
    orders.update(o.orderId, { status: 'cancelled', cancelledAt: new Date().toISOString() })
    return { isError: false, content: [{ type: 'text', text: `订单 ${o.orderId} 尚未支付，已取消，没有产生费用。` }], structuredContent: { orderId: o.orderId, status: 'cancelled', refundAmount: 0 } }
  }
  try {
    await wx.refundOrder({ orderId: o.platformOrderId, amount: o.total, reason: '用户取消未发货订单' })
  } catch (e) {
    return { isError: true, content: [{ type: 'text', text: `退款没有成功：${(e && (e.errMsg || e.message)) || e}。订单仍有效，未取消。请告诉用户稍后再试或联系门店，不要重复提交。` }] }
  }
  orders.update(o.orderId, { status: 'refunded', cancelledAt: new Date().toISOString() })
  return { isError: false, content: [{ type: 'text', text: `订单 ${o.orderId} 已取消，¥${o.total.toFixed(2)} 已原路退回用户的支付账户。` }], structuredContent: { orderId: o.orderId, status: 'refunded', refundAmount: o.total } }
}
