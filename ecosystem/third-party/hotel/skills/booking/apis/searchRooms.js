const P = require('../utils/pricing.js')
const D = require('../utils/dates.js')
module.exports = async function searchRooms(args) {
  const hotel = P.findHotel(args.hotelId)
  if (!hotel) return { isError: true, content: [{ type: 'text', text: `没有酒店 ${args.hotelId}。请先调用 listHotels 取得 hotelId，不要编造。` }] }
  const dc = P.checkDates(args.checkIn, args.checkOut)
  if (!dc.ok) return { isError: true, content: [{ type: 'text', text: dc.error }] }
  const rooms = args.rooms || 1
  const guests = args.guests || rooms
  const breakfast = !!args.breakfast
  const list = hotel.rooms.map(r => Object.assign(P.quote(hotel, r, dc.nights, rooms, guests, breakfast), { fitsGuests: guests <= r.maxGuests * rooms }))
  const text = list.map(q => {
    if (!q.available) return `${q.name}（${q.roomTypeId}）：${q.soldOutNights.map(D.label).join('、')} 满房，不可订`
    if (!q.fitsGuests) return `${q.name}（${q.roomTypeId}）：每间最多住 ${q.maxGuests} 人，${rooms} 间住不下 ${guests} 人`
    return `${q.name}（${q.roomTypeId}）可订：${q.nightly.map(n => `${n.date} ¥${n.price}`).join('，')}，${rooms}间房费 ¥${q.roomTotal.toFixed(2)}${breakfast ? `，早餐 ¥${q.breakfastTotal.toFixed(2)}` : ''}，合计 ¥${q.total.toFixed(2)}`
  }).join('；')
  return {
    isError: false,
    content: [{ type: 'text', text: `${hotel.name} ${D.label(args.checkIn)} 入住、${D.label(args.checkOut)} 离店，共 ${dc.nights.length} 晚，${rooms} 间，${guests} 人${breakfast ? '，含早餐（¥' + hotel.breakfastPrice + '/人/晚）' : '，不含早餐（早餐 ¥' + hotel.breakfastPrice + '/人/晚，可加）'}：${text}。这是报价，尚未预订、未收费；免费取消截止 ${D.freeCancelUntil(args.checkIn).replace('T', ' ').slice(0, 16)}（北京时间），之后取消收取首晚房费。` }],
    structuredContent: { hotelId: hotel.hotelId, hotelName: hotel.name, checkIn: args.checkIn, checkOut: args.checkOut, nights: dc.nights.length, rooms, guests, breakfast, breakfastPrice: hotel.breakfastPrice, freeCancelUntil: D.freeCancelUntil(args.checkIn), roomTypes: list }
  }
}
