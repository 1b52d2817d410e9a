const orders = require('../utils/orders.js')
function brief(o) { return `${o.orderId}（${o.storeName}，${o.lines.filter(l => l.ref !== 'delivery_fee' && l.ref !== 'discount').map(l => l.name + '×' + l.qty).join('、')}，¥${o.total.toFixed(2)}，${o.statusText}）` }
module.exports = async function getOrderStatus(args) {
  if (args.orderId) {
    const o = await orders.view(args.orderId)
    if (!o) return { isError: true, content: [{ type: 'text', text: `没有找到订单 ${args.orderId}。可以不带 orderId 再调用一次，列出用户的全部订单。` }] }
    return { isError: false, content: [{ type: 'text', text: `订单 ${brief(o)}。` }], structuredContent: { orders: [pick(o)] } }
  }
  const list = []
  for (const o of orders.all().slice(0, 10)) list.push(await orders.view(o.orderId))
  if (!list.length) return { isError: false, content: [{ type: 'text', text: '用户在康宁大药房还没有订单。' }], structuredContent: { orders: [] } }
  return { isError: false, content: [{ type: 'text', text: `用户最近的订单（新的在前）：${list.map(brief).join('；')}。` }], structuredContent: { orders: list.map(pick) } }
}
function pick(o) {
  return { orderId: o.orderId, storeId: o.storeId, storeName: o.storeName, fulfilment: o.fulfilment, total: o.total, status: o.status, statusText: o.statusText, createdAt: o.createdAt }
}
