const C = require('../utils/common.js')

// notifyApi of createTicketOrder: the hub calls it with { orderId, status } after the payment is captured or declined.
module.exports = async function onTicketPayment (args) {
  args = args || {}
  const state = C.load()
  const rec = state.orders[args.orderId]
  if (!rec) return C.fail(`找不到订单 ${args.orderId}。请调用 listMyOrders 查看用户的订单。`)
  // trust the payment service, never the arguments
  const real = await wx.getOrder(args.orderId)
  const st = C.showtime(rec.showtimeId); const f = C.film(st.filmId); const c = C.cinema(st.cinemaId)
  if (real.status === 'paid') {
    if (rec.status !== 'paid') {
      rec.status = 'paid'
      rec.pickupCode = String(100000 + (Math.abs(hash(rec.orderId)) % 900000))
      rec.paidAt = new Date(C.nowMs()).toISOString()
      C.save(state)
    }
    return C.ok(`订单 ${rec.orderId} 已支付 ${C.fmt(real.amount)}，出票成功：《${f.name}》${st.date} ${st.time} ${c.name} ${st.hall}，座位 ${rec.seats.join('、')}，取票码 ${rec.pickupCode}。请展示出票结果卡片，并提醒用户开场前到影城自助机取票。`, view(rec, st, f, c))
  }
  if (real.status === 'canceled' || real.status === 'created') {
    if (real.status === 'canceled' && rec.status === 'created') {
      rec.status = 'canceled'
      release(state, rec)
      C.save(state)
    }
    return C.ok(real.status === 'canceled'
      ? `订单 ${rec.orderId} 未支付，已取消，保留的座位已释放，没有产生任何扣款。请告诉用户订单已取消；如用户仍想看，可重新调用 createTicketOrder。`
      : `订单 ${rec.orderId} 尚未支付。请引导用户在确认卡片上完成支付。`, view(rec, st, f, c))
  }
  return C.ok(`订单 ${rec.orderId} 当前状态：${real.status}。`, view(rec, st, f, c))
}

function release (state, rec) {
  state.taken[rec.showtimeId] = (state.taken[rec.showtimeId] || []).filter(s => !rec.seats.includes(s))
}
function hash (s) { let h = 7; for (const ch of String(s)) h = (h * 31 + ch.charCodeAt(0)) | 0; return h }
function view (rec, st, f, c) {
  return {
    orderId: rec.orderId, status: rec.status, filmName: f.name, cinemaName: c.name, hall: st.hall, date: st.date, time: st.time,
    seatType: rec.seatType, seats: rec.seats, qty: rec.qty, amount: rec.amount, pickupCode: rec.pickupCode || '',
    lines: rec.lines.map(l => ({ ref: l.ref, name: l.name, qty: l.qty, unitPrice: l.unitPrice }))
  }
}
module.exports.view = view
module.exports.release = release
