const { stores } = require('../utils/catalog.js')
module.exports = async function listStores(args) {
  const city = (args && args.city || '').trim()
  const list = stores.filter(s => !city || s.city.includes(city) || city.includes(s.city) || (city.toLowerCase() === 'shanghai' && s.city === '上海') || (city.toLowerCase() === 'hangzhou' && s.city === '杭州'))
  const out = list.map(({ storeId, city, name, area, address, hours }) => ({ storeId, city, name, area, address, hours }))
  if (!out.length) {
    return { isError: true, content: [{ type: 'text', text: `康宁大药房在「${city}」没有门店，目前只在上海和杭州营业。请告诉用户这一点，不要编造门店。` }] }
  }
  return {
    isError: false,
    content: [{ type: 'text', text: `找到 ${out.length} 家门店：${out.map(s => `${s.name}（storeId ${s.storeId}，${s.address}，${s.hours}）`).join('；')}。下单时使用 storeId。` }],
    structuredContent: { stores: out }
  }
}
