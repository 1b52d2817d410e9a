const C = require('../utils/common.js')

module.exports = async function listServices (args) {
  args = args || {}
  const list = C.catalog.services.filter(s => !args.category || s.category === args.category)
  const services = list.map(s => ({ serviceId: s.id, name: s.name, nameEn: s.nameEn, category: s.category, price: s.price, durationHours: s.durationHours, desc: s.desc }))
  return C.ok(`可预约的服务：${services.map(s => `${s.name}(${s.serviceId}) ${C.fmt(s.price)}，约${s.durationHours}小时`).join('；')}。服务城市：${C.catalog.cities.map(c => c.city).join('、')}。用户选定后，把 serviceId 传给 getAvailableSlots 查可约时段。`, { services })
}
