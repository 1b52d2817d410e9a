const C = require('../utils/common.js')

module.exports = async function listMyBookings (args) {
  args = args || {}
  const openid = await C.userId()
  const state = C.load()
  const mine = Object.values(state.bookings).filter(b => b.openid === openid)
  let changed = false
  for (const b of mine) {
    if (b.status !== 'created') continue
    const real = await wx.getOrder(b.orderId)
    if (real.status === 'paid' || real.status === 'canceled') { b.status = real.status; changed = true }
  }
  if (changed) C.save(state)
  const list = (args.status && args.status !== 'all' ? mine.filter(b => b.status === args.status) : mine)
    .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time))
  if (!list.length) return C.ok('用户目前没有符合条件的保洁预约。请如实告诉用户；如需要，可帮用户新约（listServices）。', { bookings: [] })
  const bookings = list.map(C.view)
  return C.ok(`用户共有 ${bookings.length} 个预约：\n${bookings.map(b => `${b.orderId}：${b.date} ${b.time} ${b.services.map(s => s.name).join('+')} ${C.fmt(b.amount)} ${C.STATUS_LABEL[b.status] || b.status}`).join('\n')}\n改时间用 rescheduleBooking，取消用 cancelBooking，都传对应的 orderId。`, { bookings })
}
