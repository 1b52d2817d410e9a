const { products, findStore, inStock, rules } = require('../utils/catalog.js')
module.exports = async function searchProducts(args) {
  const kw = String(args.keyword || '').trim().toLowerCase()
  const category = args.category
  const storeId = args.storeId
  if (storeId && !findStore(storeId)) {
    return { isError: true, content: [{ type: 'text', text: `没有门店 ${storeId}。请先调用 listStores 取得 storeId。` }] }
  }
  const hit = products.filter(p => {
    if (category && p.category !== category) return false
    if (!kw) return true
    return p.name.toLowerCase().includes(kw) || p.aliases.some(a => a.toLowerCase().includes(kw) || kw.includes(a.toLowerCase()))
  })
  const out = hit.map(p => ({
    productId: p.productId, name: p.name, spec: p.spec, price: p.price, category: p.category,
    prescriptionOnly: p.rx, use: p.use,
    inStock: storeId ? inStock(p, storeId) : undefined
  }))
  if (!out.length) {
    return { isError: false, content: [{ type: 'text', text: `没有找到与「${args.keyword || ''}」相关的商品。可以换个说法再查，或不带关键词查看全部商品。不要编造商品。` }], structuredContent: { products: [] } }
  }
  const text = out.map(p => `${p.name} ${p.spec} ¥${p.price.toFixed(2)}（productId ${p.productId}${p.prescriptionOnly ? '，处方药，不能在线购买' : ''}${p.inStock === false ? '，该门店缺货' : ''}）`).join('；')
  return {
    isError: false,
    content: [{ type: 'text', text: `找到 ${out.length} 件商品：${text}。外送满${rules.freeDeliveryFrom}元免运费，否则运费${rules.deliveryFee}元；商品满${rules.promotion.minGoods}元立减${rules.promotion.off}元。` }],
    structuredContent: { products: out }
  }
}
