const C = require('../utils/common.js')

// 我的预约和次卡余额
module.exports = async function listMyBookings(args) {
  args = args || {}
  const now = C.nowMs()
  const openid = await C.currentOpenid()
  const bookings = C.readApp(C.BOOKINGS_KEY, {})
  const packs = C.readApp(C.PACKS_KEY, {})
  let mine = Object.keys(bookings).map(k => bookings[k]).filter(b => b.openid === openid)
  // 超时未付款的单视为已取消
  mine = mine.map(b => (b.status === 'pending' && !C.holdsSeats(b, now)) ? Object.assign({}, b, { status: 'canceled' }) : b)
  if (!args.includeCanceled) mine = mine.filter(b => b.status === 'booked' || b.status === 'pending')
  let views = mine.map(b => C.bookingView(b, now))
  if (!args.includePast) views = views.filter(v => C.classStartMs(C.classById(v.classId)) > now)
  views.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))
  const credits = C.creditsLeft(packs, openid, now)
  const text = views.length
    ? `用户有 ${views.length} 个预约：` + views.map(v =>
      `${v.date}${v.weekday} ${v.start} ${v.clubName}${v.typeName}（${v.coachName}）${v.people}人 ` +
      ({ booked: '已预约', pending: '待支付', canceled: '已取消' })[v.status] + ` bookingId=${v.bookingId}`).join('；') +
      `。次卡剩余 ${credits} 次。取消时用对应 bookingId 调用 cancelBooking。`
    : `用户目前没有${args.includeCanceled ? '' : '有效的'}团课预约；次卡剩余 ${credits} 次。可以用 searchClasses 帮用户查课。`
  return {
    isError: false,
    content: [{ type: 'text', text }],
    structuredContent: { bookings: views, packCredits: credits }
  }
}
