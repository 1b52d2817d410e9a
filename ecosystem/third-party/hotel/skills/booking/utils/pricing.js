const hotels = require('../data/hotels.js')
const inventory = require('../data/inventory.js')
const D = require('./dates.js')
const fen = (y) => Math.round(y * 100)
const yuan = (f) => Math.round(f) / 100
const MAX_NIGHTS = 14

function findHotel(id) { return hotels.find(h => h.hotelId === id) }
function findRoom(roomTypeId) {
  for (const h of hotels) { const r = h.rooms.find(x => x.roomTypeId === roomTypeId); if (r) return { hotel: h, room: r } }
  return null
}
function left(roomTypeId, date) {
  const o = inventory.overrides[roomTypeId] || {}
  return o[date] !== undefined ? o[date] : inventory.defaultRooms
}

// 校验日期，返回 { ok, error, nights: [dates] }
function checkDates(checkIn, checkOut) {
  if (!D.isDate(checkIn) || !D.isDate(checkOut)) return { ok: false, error: '入住和离店日期须为 YYYY-MM-DD。请根据今天的日期把用户说的“明天”“下周五”等换算成具体日期；用户没说离店日期或晚数时先问用户。' }
  const today = D.todayCN()
  if (checkIn < today) return { ok: false, error: `入住日期 ${checkIn} 早于今天 ${today}，不能预订。请和用户确认日期。` }
  const n = D.diffDays(checkIn, checkOut)
  if (n < 1) return { ok: false, error: '离店日期必须晚于入住日期。请和用户确认日期。' }
  if (n > MAX_NIGHTS) return { ok: false, error: `一次最多预订 ${MAX_NIGHTS} 晚。` }
  const nights = []
  for (let i = 0; i < n; i++) nights.push(D.addDays(checkIn, i))
  return { ok: true, nights }
}

// 一个房型的整段报价
function quote(hotel, room, nights, rooms, guests, breakfast) {
  const soldOut = nights.filter(d => left(room.roomTypeId, d) < rooms)
  const nightly = nights.map(d => ({ date: d, price: D.isWeekendNight(d) ? room.weekend : room.weekday, weekend: D.isWeekendNight(d), left: left(room.roomTypeId, d) }))
  const roomFen = nightly.reduce((s, n) => s + fen(n.price) * rooms, 0)
  const breakfastFen = breakfast ? fen(hotel.breakfastPrice) * guests * nights.length : 0
  return {
    roomTypeId: room.roomTypeId, name: room.name, bed: room.bed, maxGuests: room.maxGuests,
    available: soldOut.length === 0, soldOutNights: soldOut,
    nightly, roomTotal: yuan(roomFen), breakfastTotal: yuan(breakfastFen), total: yuan(roomFen + breakfastFen)
  }
}

module.exports = { hotels, findHotel, findRoom, left, checkDates, quote, fen, yuan, MAX_NIGHTS }
