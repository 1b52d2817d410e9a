const { price } = require('../utils/catalog.js')
const orders = require('../utils/orders.js')

module.exports = async function createOrder(args) {
  const fulfilment = args.fulfilment
  const q = price(args.storeId, args.items, fulfilment)
  if (!q.ok) return { isError: true, content: [{ type: 'text', text: q.error }] }
  const address = String(args.address || '').trim()
  if (fulfilment === 'delivery' && !address) {
    return { isError: true, content: [{ type: 'text', text: '外送订单需要收货地址，未生成订单。请先问用户要送到哪里（详细地址），再重新调用 createOrder；不要自己编造地址。' }] }
  }
  const title = `康宁大药房 ${q.store.name.replace('康宁大药房·', '')} ${fulfilment === 'delivery' ? '外送' : '到店自取'}`
  let platform
  try {
    platform = await wx.createOrder({
      title,
      amount: q.total,
      lines: q.lines,
      meta: { store: q.store.storeId, fulfilment },
      notifyApi: 'onPaymentNotify'
    })
  } catch (e) {
    return { isError: true, content: [{ type: 'text', text: `下单失败：${(e && (e.errMsg || e.message)) || e}。未生成订单、未收费。请稍后重试，不要重复下单。` }] }
  }
  const order = {
    orderId: platform.orderId, platformOrderId: platform.orderId, storeId: q.store.storeId, storeName: q.store.name,
    fulfilment, address: fulfilment === 'delivery' ? address : '', contactPhone: args.contactPhone || '',
    lines: q.lines, goods: q.goods, deliveryFee: q.deliveryFee, discount: q.discount, total: q.total,
    status: 'unpaid', createdAt: new Date().toISOString()
  }
  orders.add(order)
  return {
    isError: false,
    content: [{ type: 'text', text: `已生成待支付订单 ${order.orderId}：${q.lines.map(l => `${l.name} ×${l.qty}`).join('、')}，合计 ¥${q.total.toFixed(2)}（商品 ¥${q.goods.toFixed(2)}，运费 ¥${q.deliveryFee.toFixed(2)}，优惠 -¥${q.discount.toFixed(2)}），${fulfilment === 'delivery' ? '外送至 ' + address : '到 ' + q.store.name + ' 自取'}。订单尚未支付。请展示订单确认卡片，请用户核对后自己点击支付；不要说已经付款。` }],
    structuredContent: {
      orderId: order.orderId, storeId: order.storeId, storeName: order.storeName, fulfilment, address: order.address,
      lines: q.lines, goods: q.goods, deliveryFee: q.deliveryFee, discount: q.discount, total: q.total, status: 'unpaid'
    },
    handoff: { query: 'orderId=' + order.orderId }
  }
}
