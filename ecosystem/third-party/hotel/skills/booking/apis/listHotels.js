const { hotels } = require('../utils/pricing.js')
const EN = { shanghai: '上海', beijing: '北京', hangzhou: '杭州' }
module.exports = async function listHotels(args) {
  let city = String((args && args.city) || '').trim()
  if (EN[city.toLowerCase()]) city = EN[city.toLowerCase()]
  const list = hotels.filter(h => !city || h.city.includes(city) || city.includes(h.city))
  if (!list.length) return { isError: true, content: [{ type: 'text', text: `悦途酒店在「${city}」没有门店，目前只有上海（外滩、虹桥）、北京（国贸）、杭州（西湖）。请如实告诉用户，不要编造酒店。` }] }
  const out = list.map(h => ({
    hotelId: h.hotelId, city: h.city, name: h.name, address: h.address, breakfastPrice: h.breakfastPrice,
    roomTypes: h.rooms.map(r => ({ roomTypeId: r.roomTypeId, name: r.name, maxGuests: r.maxGuests, weekday: r.weekday, weekend: r.weekend }))
  }))
  const text = out.map(h => `${h.name}（hotelId ${h.hotelId}，${h.address}，早餐 ¥${h.breakfastPrice}/人/晚）：` + h.roomTypes.map(r => `${r.name} ${r.roomTypeId} 平日 ¥${r.weekday}/周五周六 ¥${r.weekend}`).join('，')).join('；')
  return { isError: false, content: [{ type: 'text', text: `找到 ${out.length} 家酒店：${text}。价格为每间每晚；查具体日期的空房和总价请用 searchRooms。` }], structuredContent: { hotels: out } }
}
