const P = require('../utils/pricing.js')
const D = require('../utils/dates.js')
const store = require('../utils/bookings.js')
module.exports = async function createBooking(args) {
  const found = P.findRoom(args.roomTypeId)
  if (!found || (args.hotelId && found.hotel.hotelId !== args.hotelId)) return { isError: true, content: [{ type: 'text', text: `酒店 ${args.hotelId} 没有房型 ${args.roomTypeId}。请用 searchRooms 查到正确的 roomTypeId，不要编造。未生成订单。` }] }
  const { hotel, room } = found
  const dc = P.checkDates(args.checkIn, args.checkOut)
  if (!dc.ok) return { isError: true, content: [{ type: 'text', text: dc.error + ' 未生成订单。' }] }
  const rooms = args.rooms
  const guests = args.guests
  if (!Number.isInteger(rooms) || rooms < 1 || rooms > 5) return { isError: true, content: [{ type: 'text', text: '房间数须为 1-5 的整数。未生成订单。' }] }
  if (!Number.isInteger(guests) || guests < 1) return { isError: true, content: [{ type: 'text', text: '入住人数须为正整数；用户没说时请先问用户。未生成订单。' }] }
  if (guests > room.maxGuests * rooms) return { isError: true, content: [{ type: 'text', text: `${room.name} 每间最多住 ${room.maxGuests} 人，${rooms} 间住不下 ${guests} 人。未生成订单。请建议用户增加房间数或换可住更多人的房型，由用户决定。` }] }
  const breakfast = !!args.breakfast
  const q = P.quote(hotel, room, dc.nights, rooms, guests, breakfast)
  if (!q.available) return { isError: true, content: [{ type: 'text', text: `${hotel.name} 的 ${room.name} 在 ${q.soldOutNights.map(D.label).join('、')} 已满房（或剩余不足 ${rooms} 间），未生成订单、未收费。请告诉用户满房，并可用 searchRooms 为用户查同日期的其他房型或其他门店，由用户选择后再预订。` }] }
  const lines = q.nightly.map(n => ({ ref: room.roomTypeId, name: `${room.name} ${n.date}${n.weekend ? '（周末价）' : ''}`, qty: rooms, unitPrice: n.price, options: { date: n.date } }))
  if (breakfast) lines.push({ ref: 'breakfast', name: `早餐 ${guests}人×${dc.nights.length}晚`, qty: guests * dc.nights.length, unitPrice: hotel.breakfastPrice })
  let order
  try {
    order = await wx.createOrder({
      title: `${hotel.name} ${room.name} ${args.checkIn} 入住 ${dc.nights.length}晚`,
      amount: q.total,
      lines,
      meta: { hotel: hotel.hotelId, roomType: room.roomTypeId, checkIn: args.checkIn, checkOut: args.checkOut, rooms, guests, breakfast },
      notifyApi: 'onPaymentNotify'
    })
  } catch (e) {
    return { isError: true, content: [{ type: 'text', text: `生成订单失败：${(e && (e.errMsg || e.message)) || e}。未收费。请稍后重试，不要重复提交。` }] }
  }
  const b = {
    bookingId: order.orderId, hotelId: hotel.hotelId, hotelName: hotel.name, roomTypeId: room.roomTypeId, roomName: room.name,
    checkIn: args.checkIn, checkOut: args.checkOut, nights: dc.nights.length, rooms, guests, breakfast,
    guestName: args.guestName || '', lines, roomTotal: q.roomTotal, breakfastTotal: q.breakfastTotal, total: q.total,
    firstNightFee: P.yuan(P.fen(q.nightly[0].price) * rooms), status: 'unpaid', createdAt: new Date().toISOString()
  }
  store.add(b)
  const until = D.freeCancelUntil(b.checkIn).replace('T', ' ').slice(0, 16)
  return {
    isError: false,
    content: [{ type: 'text', text: `已生成待支付预订 ${b.bookingId}：${hotel.name} ${room.name}，${D.label(b.checkIn)} 入住、${D.label(b.checkOut)} 离店，${b.nights}晚，${rooms}间，${guests}人，${breakfast ? '含早餐' : '不含早餐'}，合计 ¥${q.total.toFixed(2)}（房费 ¥${q.roomTotal.toFixed(2)}${breakfast ? '，早餐 ¥' + q.breakfastTotal.toFixed(2) : ''}）。${until} 前可免费取消，之后取消收取首晚房费 ¥${b.firstNightFee.toFixed(2)}。尚未支付：请展示预订确认卡片，请用户核对后自己点击支付，不要说已经预订成功。` }],
    structuredContent: { bookingId: b.bookingId, hotelName: b.hotelName, roomName: b.roomName, checkIn: b.checkIn, checkOut: b.checkOut, nights: b.nights, rooms, guests, breakfast, total: b.total, freeCancelUntil: D.freeCancelUntil(b.checkIn), status: 'unpaid' },
    handoff: { query: 'bookingId=' + b.bookingId }
  }
}
