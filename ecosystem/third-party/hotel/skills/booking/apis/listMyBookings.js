const store = require('../utils/bookings.js')
module.exports = async function listMyBookings(args) {
  const ids = args && args.bookingId ? [args.bookingId] : store.all().slice(0, 10).map(b => b.bookingId)
  const list = []
  for (const id of ids) { const v = await store.view(id); if (v) list.push(v) }
  if (!list.length) return { isError: false, content: [{ type: 'text', text: args && args.bookingId ? `没有找到预订 ${args.bookingId}。` : '用户在悦途酒店还没有预订。' }], structuredContent: { bookings: [] } }
  const text = list.map(b => `${b.bookingId}：${b.hotelName} ${b.roomName}，${b.checkIn} 至 ${b.checkOut}，${b.rooms}间${b.guests}人，¥${b.total.toFixed(2)}，${b.statusText}` + (b.status === 'paid' ? (b.cancelFeeNow > 0 ? `，现在取消将收取首晚房费 ¥${b.cancelFeeNow.toFixed(2)}` : `，现在取消免费（截止 ${b.freeCancelUntil.replace('T', ' ').slice(0, 16)}）`) : '')).join('；')
  return {
    isError: false,
    content: [{ type: 'text', text: `用户的预订（新的在前）：${text}。` }],
    structuredContent: { bookings: list.map(b => ({ bookingId: b.bookingId, hotelId: b.hotelId, hotelName: b.hotelName, roomTypeId: b.roomTypeId, roomName: b.roomName, checkIn: b.checkIn, checkOut: b.checkOut, rooms: b.rooms, guests: b.guests, breakfast: b.breakfast, total: b.total, status: b.status, statusText: b.statusText, freeCancelUntil: b.freeCancelUntil, cancelFeeNow: b.cancelFeeNow })) }
  }
}
