const C = require('../utils/common.js')

// 取消预约：付费的原路全额退款，次卡的退回次数；开课前 2 小时内不能在线取消
module.exports = async function cancelBooking(args) {
  const id = args && args.bookingId
  const now = C.nowMs()
  const openid = await C.currentOpenid()
  const bookings = C.readApp(C.BOOKINGS_KEY, {})
  const b = bookings[id]
  if (!b || b.openid !== openid) return C.fail(`没有找到预约 ${id}。bookingId 只能取自 listMyBookings 返回的 bookings[].bookingId；请先查询，不要编造。`)
  const cls = C.classById(b.classId)
  const label = `${cls.date} ${cls.start} ${C.clubById(cls.club).name}${C.typeByCode(cls.type).name}`
  if (b.status === 'canceled') return C.fail(`${label} 的预约已经取消过了，没有再做任何操作。`)
  if (C.classStartMs(cls) - now < C.DATA.rules.cancelBeforeHours * 3600000) {
    return C.fail(`${label} 距开课不足 ${C.DATA.rules.cancelBeforeHours} 小时，不能在线取消，也不能退款。请告诉用户可联系门店前台处理；不要重试。`)
  }
  let refund = 0
  let creditsBack = 0
  if (b.status === 'pending') {
    b.status = 'canceled'
  } else if (b.payWith === 'pack') {
    const packs = C.readApp(C.PACKS_KEY, {})
    const mine = C.activePacks(packs, openid, now).concat((packs[openid] || []).filter(p => p.left === 0))
    if (mine.length) { mine[0].left += b.creditsUsed; creditsBack = b.creditsUsed }
    C.writeApp(C.PACKS_KEY, packs)
    b.status = 'canceled'
  } else {
    const r = await wx.refundOrder({ orderId: b.orderId, amount: b.amount, reason: `取消团课 ${label}` })
    refund = r.amount
    b.refunded = r.amount
    b.refundId = r.refundId
    b.status = 'canceled'
  }
  b.canceledAt = now
  C.writeApp(C.BOOKINGS_KEY, bookings)
  const what = refund ? `¥${refund.toFixed(2)} 已原路退回` : creditsBack ? `退回次卡 ${creditsBack} 次` : '该单未支付，不涉及退款'
  return {
    isError: false,
    content: [{ type: 'text', text: `已取消 ${label} 的预约（${b.people} 人），${what}。请告诉用户取消结果。` }],
    structuredContent: { booking: C.bookingView(b, now), refundAmount: refund, creditsReturned: creditsBack }
  }
}
