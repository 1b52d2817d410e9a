const { BOUQUETS, imageOf } = require('../../../data/bouquets.js')

function matchesKeyword(bouquet, keyword) {
  const word = keyword.trim().toLowerCase()
  if (!word) return true
  const names = [bouquet.name, bouquet.nameEn].concat(bouquet.aliases, bouquet.flowers)
  return names.some((name) => name.toLowerCase().includes(word) || word.includes(name.toLowerCase()))
}

/** What the model sees of a bouquet: ids and names to choose by, never image URLs. */
function publicView(b) {
  return { id: b.id, name: b.name, nameEn: b.nameEn, aliases: b.aliases, flowers: b.flowers, stems: b.stems, price: b.price, occasions: b.occasions }
}

module.exports = async function searchBouquets(args) {
  const found = BOUQUETS.filter(
    (b) =>
      (!args.keyword || matchesKeyword(b, args.keyword)) &&
      (!args.occasion || b.occasions.includes(args.occasion)) &&
      (!args.color || b.colors.includes(args.color)) &&
      (args.maxPrice === undefined || b.price <= args.maxPrice)
  ).sort((a, b) => a.price - b.price)

  if (found.length === 0) {
    return {
      isError: false,
      content: [{ type: 'text', text: '没有找到符合条件的花束。可以请用户放宽预算、换个花材或用途再搜索；不要编造花束。' }],
      structuredContent: { total: 0, bouquets: [] }
    }
  }
  const shown = found.slice(0, 6)
  const images = {}
  shown.forEach((b) => { images[b.id] = imageOf(b) })
  return {
    isError: false,
    content: [
      {
        type: 'text',
        text: '找到 ' + found.length + ' 款花束，最低 ' + shown[0].price + ' 元（' + shown[0].name + '）。请展示花束列表卡片，并请用户选一款或说出用途和预算。'
      }
    ],
    structuredContent: { total: found.length, bouquets: shown.map(publicView) },
    _meta: { images }
  }
}
