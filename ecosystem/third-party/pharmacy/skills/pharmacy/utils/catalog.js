const stores = require('../data/stores.js')
const products = require('../data/products.js')
const rules = require('../data/rules.js')
const { fen, yuan } = require('./money.js')

function findStore(storeId) { return stores.find(s => s.storeId === storeId) }
function findProduct(productId) { return products.find(p => p.productId === productId) }
function inStock(p, storeId) { return !(p.outOfStock || []).includes(storeId) }

// 计价：items [{productId, qty}]。返回 { ok, error, lines, goods, deliveryFee, discount, total }
function price(storeId, items, fulfilment) {
  const store = findStore(storeId)
  if (!store) return { ok: false, error: `没有门店 ${storeId}。请先调用 listStores 获取 storeId，不要自己编造。` }
  if (!Array.isArray(items) || items.length === 0) return { ok: false, error: '订单里没有商品。请先用 searchProducts 找到商品的 productId 和数量。' }
  if (fulfilment !== 'delivery' && fulfilment !== 'pickup') return { ok: false, error: 'fulfilment 只能是 delivery（外送）或 pickup（到店自取）。如果用户没说，请先问用户。' }
  const merged = {}
  for (const it of items) {
    const p = findProduct(it.productId)
    if (!p) return { ok: false, error: `没有商品 ${it.productId}。请用 searchProducts 查到正确的 productId，不要自己编造。` }
    const qty = Number(it.qty || 1)
    if (!Number.isInteger(qty) || qty < 1) return { ok: false, error: `商品 ${p.name} 的数量 ${it.qty} 不合法，应为正整数。` }
    merged[p.productId] = (merged[p.productId] || 0) + qty
  }
  const rxItems = Object.keys(merged).map(findProduct).filter(p => p.rx)
  if (rxItems.length) {
    return { ok: false, rx: true, error: `${rxItems.map(p => p.name).join('、')} 是处方药，小程序不能在线购买，未生成订单、未收取任何费用。请告诉用户：处方药须凭医生开具的处方到康宁大药房门店由药师审核后购买。其余非处方商品可以单独下单。` }
  }
  const lines = []
  let goodsFen = 0
  for (const id of Object.keys(merged)) {
    const p = findProduct(id)
    const qty = merged[id]
    if (qty > rules.maxQtyPerItem) return { ok: false, error: `${p.name} 每单最多 ${rules.maxQtyPerItem} 件。` }
    if (!inStock(p, storeId)) return { ok: false, outOfStock: true, error: `${store.name} 的 ${p.name} 暂时缺货，未生成订单、未收费。可以建议用户换同城其他门店（用 listStores 查看）或换其他商品。` }
    goodsFen += fen(p.price) * qty
    lines.push({ ref: p.productId, name: `${p.name} ${p.spec}`, qty, unitPrice: p.price })
  }
  let deliveryFeeFen = 0
  if (fulfilment === 'delivery' && goodsFen < fen(rules.freeDeliveryFrom)) deliveryFeeFen = fen(rules.deliveryFee)
  if (deliveryFeeFen) lines.push({ ref: 'delivery_fee', name: '配送费', qty: 1, unitPrice: yuan(deliveryFeeFen) })
  let discountFen = 0
  const promo = rules.promotion
  if (goodsFen >= fen(promo.minGoods)) {
    discountFen = fen(promo.off)
    lines.push({ ref: 'discount', name: `活动优惠：${promo.title}`, qty: 1, unitPrice: -yuan(discountFen) })
  }
  const totalFen = goodsFen + deliveryFeeFen - discountFen
  return { ok: true, store, lines, goods: yuan(goodsFen), deliveryFee: yuan(deliveryFeeFen), discount: yuan(discountFen), total: yuan(totalFen) }
}

module.exports = { stores, products, rules, findStore, findProduct, inStock, price }
