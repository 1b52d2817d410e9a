const { findBouquet, imageOf } = require('../../../data/bouquets.js')

module.exports = async function getBouquetDetail(args) {
  const b = findBouquet(args.bouquetId)
  if (!b) {
    return {
      isError: true,
      content: [{ type: 'text', text: '没有 ID 为 ' + args.bouquetId + ' 的花束。请先调用 searchBouquets 取得花束 ID，不要编造 ID。' }]
    }
  }
  return {
    isError: false,
    content: [
      {
        type: 'text',
        text: b.name + '，' + b.price + ' 元，含 ' + b.flowers.join('、') + '，共 ' + b.stems + ' 枝。' + b.description + ' 如果用户想买，请确认送达日期和地址后调用 placeOrder。'
      }
    ],
    structuredContent: { id: b.id, name: b.name, nameEn: b.nameEn, flowers: b.flowers, stems: b.stems, price: b.price, description: b.description, occasions: b.occasions },
    _meta: { image: imageOf(b) },
    handoff: { path: '/pages/detail/detail', query: 'id=' + b.id }
  }
}
