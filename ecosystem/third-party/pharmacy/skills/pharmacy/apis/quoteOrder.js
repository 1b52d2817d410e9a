const { price } = require('../utils/catalog.js')
module.exports = async function quoteOrder(args) {
  const q = price(args.storeId, args.items, args.fulfilment || 'pickup')
  if (!q.ok) return { isError: true, content: [{ type: 'text', text: q.error }] }
  const text = `报价（未下单、未收费）：${q.lines.map(l => `${l.name} ×${l.qty} ¥${l.unitPrice.toFixed(2)}`).join('；')}。商品 ¥${q.goods.toFixed(2)}，运费 ¥${q.deliveryFee.toFixed(2)}，优惠 -¥${q.discount.toFixed(2)}，合计 ¥${q.total.toFixed(2)}。用户只是问价时直接告诉用户价格即可；用户明确要买时再调用 createOrder。`
  return {
    isError: false,
    content: [{ type: 'text', text }],
    structuredContent: { storeId: q.store.storeId, fulfilment: args.fulfilment || 'pickup', lines: q.lines, goods: q.goods, deliveryFee: q.deliveryFee, discount: q.discount, total: q.total }
  }
}
