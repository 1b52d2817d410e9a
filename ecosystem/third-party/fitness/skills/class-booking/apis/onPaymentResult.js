const C = require('../utils/common.js')

// 平台回调：约课或次卡订单支付成功/取消后调用
module.exports = async function onPaymentResult(args) {
  const orderId = args && args.orderId
  const status = args && args.status
  const now = C.nowMs()
  const orders = C.readApp(C.ORDERS_KEY, {})
  const o = orders[orderId]
  if (!o) return C.fail(`没有找到订单 ${orderId}。`)

  if (o.kind === 'pack') {
    const pack = C.packById(o.packId)
    if (status === 'paid') {
      const packs = C.readApp(C.PACKS_KEY, {})
      const list = packs[o.openid] || (packs[o.openid] = [])
      if (!list.some(p => p.orderId === orderId)) {
        list.push({ packId: pack.id, credits: pack.credits, left: pack.credits, orderId,
          expires: new Date(now + pack.validDays * 86400000).toISOString() })
      }
      C.writeApp(C.PACKS_KEY, packs)
      const left = C.creditsLeft(packs, o.openid, now)
      return {
        isError: false,
        content: [{ type: 'text', text: `${pack.name}已支付 ¥${pack.price.toFixed(2)}，${pack.credits} 次已到账，当前共剩 ${left} 次。约课时可用次卡（payWith=pack）。` }],
        structuredContent: { orderId, kind: 'pack', status: 'paid', amount: pack.price, packCredits: left, booking: null }
      }
    }
    return {
      isError: false,
      content: [{ type: 'text', text: `用户没有支付${pack.name}订单，订单已取消，没有扣款，次数未到账。` }],
      structuredContent: { orderId, kind: 'pack', status: 'canceled', amount: 0, packCredits: null, booking: null }
    }
  }

  const bookings = C.readApp(C.BOOKINGS_KEY, {})
  const b = bookings[o.bookingId]
  const cls = C.classById(b.classId)
  const label = `${cls.date} ${cls.start} ${C.clubById(cls.club).name}${C.typeByCode(cls.type).name}`
  if (status === 'paid') {
    if (b.status === 'canceled') {
      // 旧单已作废（用户重新下了单或已取消），付了款就原路退回
      const r = await wx.refundOrder({ orderId, amount: b.amount, reason: '预约已作废，自动退款' })
      b.refunded = r.amount
      C.writeApp(C.BOOKINGS_KEY, bookings)
      return {
        isError: false,
        content: [{ type: 'text', text: `订单 ${orderId} 对应的预约此前已作废，付款 ¥${r.amount.toFixed(2)} 已自动原路退回。` }],
        structuredContent: { orderId, kind: 'class', status: 'refunded', amount: b.amount, packCredits: null, booking: C.bookingView(b, now) }
      }
    }
    b.status = 'booked'
    b.paidAt = now
    C.writeApp(C.BOOKINGS_KEY, bookings)
    return {
      isError: false,
      content: [{ type: 'text', text: `支付成功 ¥${b.amount.toFixed(2)}，已约好 ${label}（${b.people} 人，bookingId=${b.id}）。请提前 10 分钟到店签到；开课前 ${C.DATA.rules.cancelBeforeHours} 小时以上可免费取消。` }],
      structuredContent: { orderId, kind: 'class', status: 'paid', amount: b.amount, packCredits: null, booking: C.bookingView(b, now) }
    }
  }
  if (b.status === 'pending') b.status = 'canceled'
  C.writeApp(C.BOOKINGS_KEY, bookings)
  return {
    isError: false,
    content: [{ type: 'text', text: `用户没有支付，${label} 的约课订单已取消，没有扣款，名额已释放。` }],
    structuredContent: { orderId, kind: 'class', status: 'canceled', amount: 0, packCredits: null, booking: C.bookingView(b, now) }
  }
}
