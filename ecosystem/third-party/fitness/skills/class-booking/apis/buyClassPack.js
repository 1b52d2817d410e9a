const C = require('../utils/common.js')

// 买 10 次团课卡：生成订单，用户确认支付后次数到账
module.exports = async function buyClassPack(args) {
  const packId = (args && args.packId) || 'pack10'
  const pack = C.packById(packId)
  if (!pack) return C.fail(`没有次卡 ${packId}。packId 取自 listClubs 返回的 packs[].packId（目前只有 pack10）。`)
  const openid = await C.currentOpenid()
  const order = await wx.createOrder({
    title: pack.name,
    amount: pack.price,
    lines: [{ ref: pack.id, name: pack.name, qty: 1, unitPrice: pack.price, options: { credits: pack.credits, validDays: pack.validDays } }],
    meta: { kind: 'pack' },
    notifyApi: 'onPaymentResult'
  })
  const orders = C.readApp(C.ORDERS_KEY, {})
  orders[order.orderId] = { kind: 'pack', packId: pack.id, openid }
  C.writeApp(C.ORDERS_KEY, orders)
  return {
    isError: false,
    content: [{ type: 'text', text: `已生成次卡订单（未支付）：${pack.name}，${pack.credits} 次，有效期 ${pack.validDays} 天，¥${pack.price.toFixed(2)}。请展示订单确认卡片，由用户核对后自己确认支付；支付成功后次数才到账，之后约课可传 payWith=pack。` }],
    structuredContent: {
      order: { orderId: order.orderId, amount: pack.price, status: order.status || 'created' },
      pack: { packId: pack.id, name: pack.name, credits: pack.credits, price: pack.price, validDays: pack.validDays }
    }
  }
}
