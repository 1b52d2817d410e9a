const C = require('../utils/common.js')

module.exports = async function createTicketOrder (args) {
  args = args || {}
  const st = C.showtime(args.showtimeId)
  if (!st) return C.fail(`场次 ${args.showtimeId} 不存在。请先调用 searchShowtimes 取得 showtimeId，不要自行拼写。`)
  const seatType = args.seatType || 'standard'
  if (!['standard', 'premium'].includes(seatType)) return C.fail('seatType 只能是 standard（普通座）或 premium（黄金座）。请按用户的说法重新选择。')
  const qty = Number(args.qty)
  const max = C.catalog.rules.maxTicketsPerOrder
  if (!Number.isInteger(qty) || qty < 1 || qty > max) return C.fail(`张数需为 1～${max} 张。请向用户确认张数后再下单。`)
  if (C.startOf(st) <= C.nowMs()) return C.fail(`${st.date} ${st.time} 的场次已开场，停止售票。请调用 searchShowtimes 为用户找之后的场次。`)

  const f = C.film(st.filmId); const c = C.cinema(st.cinemaId)
  const state = C.load()
  const seats = C.pickSeats(state, st, seatType, qty)
  if (!seats) {
    const left = C.remaining(state, st, seatType)
    return C.fail(`该场次${C.SEAT_TYPE_LABEL[seatType]}只剩 ${left} 个，不够 ${qty} 张，未下单。请告诉用户，并建议换座位类型或调用 searchShowtimes 换场次。`)
  }

  const unit = st.prices[seatType]
  const lines = [{
    ref: st.id,
    name: `《${f.name}》${st.date.slice(5)} ${st.time} ${c.name} ${st.hall} ${C.SEAT_TYPE_LABEL[seatType]}`,
    qty,
    unitPrice: unit,
    options: { film: f.id, cinema: c.id, date: st.date, time: st.time, seatType, seats }
  }]
  for (const item of (args.snacks || [])) {
    const s = C.snack(item.snackId)
    if (!s) return C.fail(`小食 ${item.snackId} 不存在。请调用 listSnacks 取得 snackId。`)
    const n = Number(item.qty || 1)
    if (!Number.isInteger(n) || n < 1 || n > 10) return C.fail('小食数量需为 1～10。请向用户确认数量。')
    const same = lines.find(l => l.ref === s.id)
    if (same) same.qty += n
    else lines.push({ ref: s.id, name: s.name, qty: n, unitPrice: s.price, options: {} })
  }
  const cents = lines.reduce((sum, l) => sum + l.qty * C.toCents(l.unitPrice), 0)
  const amount = C.fromCents(cents)
  const openid = await C.userId()

  const order = await wx.createOrder({
    title: `${C.catalog.brand} ${f.name} ${qty}张`,
    amount,
    lines,
    meta: { cinema: c.id, film: f.id, showtime: st.id, date: st.date, time: st.time },
    notifyApi: 'onTicketPayment'
  })

  state.orders[order.orderId] = {
    orderId: order.orderId, openid, showtimeId: st.id, seatType, qty, seats, lines, amount,
    status: 'created', createdAt: new Date(C.nowMs()).toISOString()
  }
  state.taken[st.id] = (state.taken[st.id] || []).concat(seats)
  C.save(state)

  const summary = {
    orderId: order.orderId, status: 'created', filmName: f.name, cinemaName: c.name, hall: st.hall,
    date: st.date, time: st.time, seatType, seats, qty, lines: lines.map(l => ({ ref: l.ref, name: l.name, qty: l.qty, unitPrice: l.unitPrice })), amount
  }
  const snackText = lines.length > 1 ? `，含小食 ${lines.slice(1).map(l => `${l.name}×${l.qty}`).join('、')}` : ''
  return C.ok(`已生成待支付订单 ${order.orderId}：《${f.name}》${st.date} ${st.time} ${c.name} ${st.hall}，${C.SEAT_TYPE_LABEL[seatType]} ${qty} 张（座位 ${seats.join('、')}）${snackText}，合计 ${C.fmt(amount)}。座位已为用户保留，尚未付款。请展示订单确认卡片，引导用户核对场次、座位和金额后在卡片上确认支付；在收到支付结果之前不要说已出票。`, summary)
}
