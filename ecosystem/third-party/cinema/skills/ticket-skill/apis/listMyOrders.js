const C = require('../utils/common.js')
const { view } = require('./onTicketPayment.js')

module.exports = async function listMyOrders (args) {
  args = args || {}
  const openid = await C.userId()
  const state = C.load()
  const mine = Object.values(state.orders).filter(o => o.openid === openid)
  let changed = false
  for (const rec of mine) {
    const real = await wx.getOrder(rec.orderId)
    const status = real.status === 'partially_refunded' ? 'refunded' : real.status
    if (rec.status === 'created' && status === 'paid') { rec.status = 'paid'; changed = true }
    if (rec.status === 'created' && status === 'canceled') { rec.status = 'canceled'; changed = true }
  }
  if (changed) C.save(state)
  const wanted = args.status && args.status !== 'all' ? mine.filter(o => o.status === args.status) : mine
  if (!wanted.length) return C.ok('用户目前没有符合条件的电影票订单。请如实告诉用户；如用户想看电影，可调用 searchShowtimes 查场次。', { orders: [] })
  const orders = wanted.map(rec => {
    const st = C.showtime(rec.showtimeId)
    return view(rec, st, C.film(st.filmId), C.cinema(st.cinemaId))
  }).sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time))
  const label = { created: '待支付', paid: '已出票', canceled: '已取消', refunded: '已退票' }
  return C.ok(`用户共有 ${orders.length} 个订单：\n${orders.map(o => `${o.orderId}：${o.date} ${o.time}《${o.filmName}》${o.cinemaName} ${o.qty}张 ${C.fmt(o.amount)} ${label[o.status] || o.status}`).join('\n')}\n如用户要退票，用对应的 orderId 调用 cancelTicketOrder。`, { orders })
}
