const { findBouquet, imageOf } = require('../../../data/bouquets.js')
const { SLOTS, deliveryFeeFor, todayInShop } = require('../../../data/delivery.js')
const book = require('../../../lib/order-book.js')

function fail(text) {
  return { isError: true, content: [{ type: 'text', text }] }
}

/** The address by id: the shop's recent addresses first, then the user's WeChat addresses. */
async function findAddress(addressId) {
  const recent = book.recentAddresses().find((a) => a.id === addressId)
  if (recent) return recent
  const result = await wx.getAddressList()
  return ((result && result.addresses) || []).find((a) => a.id === addressId)
}

module.exports = async function placeOrder(args) {
  const bouquet = findBouquet(args.bouquetId)
  if (!bouquet) return fail('没有 ID 为 ' + args.bouquetId + ' 的花束。请先调用 searchBouquets 取得花束 ID，不要编造 ID。')
  const qty = args.qty || 1
  const slot = args.timeSlot || 'afternoon'
  const date = args.deliveryDate
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date || '')) return fail('送达日期 ' + date + ' 不是 YYYY-MM-DD 格式。请换算成具体日期后再下单。')
  if (date < todayInShop()) return fail('送达日期 ' + date + ' 已经过去，无法配送。请用户选择今天或以后的日期。')
  if (book.slotIsFull(date, slot)) {
    const others = Object.keys(SLOTS).filter((s) => s !== slot && !book.slotIsFull(date, s))
    const way = others.length > 0 ? '同一天还可选 ' + others.map(book.slotLabel).join('、') : '请用户改选其他日期'
    return fail(date + ' ' + book.slotLabel(slot) + ' 的配送已约满。' + way + '；不要重复提交同一时段。')
  }

  let address
  try {
    address = await findAddress(args.addressId)
  } catch (error) {
    return fail('读取收货地址失败（' + (error.errMsg || error.message) + '）。请用户授权地址，或请用户换一个地址。')
  }
  if (!address) return fail('没有 ID 为 ' + args.addressId + ' 的收货地址。请先调用 listAddresses 取得地址 ID，不要编造 ID。')

  const goodsAmount = bouquet.price * qty
  const deliveryFee = deliveryFeeFor(goodsAmount)
  const lines = [{ ref: bouquet.id, name: bouquet.name, qty, unitPrice: bouquet.price }]
  if (deliveryFee > 0) lines.push({ ref: 'delivery', name: '同城配送费', qty: 1, unitPrice: deliveryFee })
  const amount = Math.round((goodsAmount + deliveryFee) * 100) / 100

  const order = await wx.createOrder({
    title: '花语鲜花：' + bouquet.name + ' ×' + qty,
    amount,
    lines,
    meta: { deliveryDate: date, timeSlot: slot, addressLabel: address.label, cardMessage: args.cardMessage || '' },
    notifyApi: 'onOrderPaid'
  })

  const saved = {
    orderId: order.orderId,
    bouquetId: bouquet.id,
    bouquetName: bouquet.name,
    qty,
    goodsAmount,
    deliveryFee,
    amount: order.amount,
    deliveryDate: date,
    timeSlot: slot,
    address: { id: address.id, label: address.label || address.text, contact: address.contact, city: address.city, text: address.text },
    cardMessage: args.cardMessage || '',
    status: 'created'
  }
  book.saveOrder(saved)
  book.changeSlot(date, slot, 1)
  book.rememberAddress(address)

  const feeText = deliveryFee > 0 ? '（含配送费 ' + deliveryFee + ' 元）' : '（免配送费）'
  return {
    isError: false,
    content: [
      {
        type: 'text',
        text:
          '已生成订单 ' + order.orderId + '：' + bouquet.name + ' ×' + qty + '，' + date + ' ' + book.slotLabel(slot) + ' 送到' + saved.address.label +
          '，共 ' + order.amount + ' 元' + feeText + '，尚未付款。请展示订单确认卡片，并引导用户核对后确认支付。'
      }
    ],
    structuredContent: {
      orderId: order.orderId,
      bouquetId: bouquet.id,
      bouquetName: bouquet.name,
      qty,
      goodsAmount,
      deliveryFee,
      amount: order.amount,
      deliveryDate: date,
      timeSlot: slot,
      addressLabel: saved.address.label,
      status: 'created'
    },
    _meta: { image: imageOf(bouquet), address: saved.address, cardMessage: saved.cardMessage },
    handoff: { path: '/pages/checkout/checkout', query: 'orderId=' + order.orderId }
  }
}
