const { catalog, ok, fail } = require('../utils/common.js')

module.exports = async function listCinemas (args) {
  const city = (args && args.city) || ''
  const list = catalog.cinemas.filter(c => !city || c.city === city || c.cityEn.toLowerCase() === String(city).toLowerCase())
  if (!list.length) {
    const cities = [...new Set(catalog.cinemas.map(c => c.city))].join('、')
    return fail(`${city} 暂无星光影城门店。目前只在 ${cities} 营业，请让用户选择其中一个城市；不要编造门店。`)
  }
  const cinemas = list.map(c => ({ cinemaId: c.id, name: c.name, city: c.city, address: c.address, phone: c.phone }))
  return ok(`找到 ${cinemas.length} 家影城：${cinemas.map(c => `${c.name}（${c.cinemaId}）`).join('、')}。查场次时把 cinemaId 传给 searchShowtimes。`, { cinemas })
}
