const C = require('../utils/common.js')

// 约课：付费（生成订单，用户在确认卡片上确认后才付款）或用次卡扣次
module.exports = async function bookClass(args) {
  args = args || {}
  const cls = C.classById(args.classId)
  if (!cls) return C.fail(`没有课程 ${args.classId}。classId 只能取自 searchClasses 返回的 classes[].classId；请先查课，不要编造。`)
  const people = args.people === undefined ? 1 : args.people
  if (!Number.isInteger(people) || people < 1 || people > C.DATA.rules.maxPeoplePerBooking) {
    return C.fail(`一次最多为 ${C.DATA.rules.maxPeoplePerBooking} 人约课，people 须为 1 到 ${C.DATA.rules.maxPeoplePerBooking} 的整数。`)
  }
  const payWith = args.payWith || 'pay'
  const now = C.nowMs()
  const openid = await C.currentOpenid()
  const bookings = C.readApp(C.BOOKINGS_KEY, {})

  // 同一用户同一节课：已约成功的不重复约；未付款的旧单作废，重新下单
  for (const id in bookings) {
    const b = bookings[id]
    if (b.openid !== openid || b.classId !== cls.id) continue
    if (b.status === 'booked') {
      return C.fail(`用户已经约了这节课（bookingId=${b.id}，${b.people} 人），没有再下单。如需加人，请先用 cancelBooking 取消原预约再重新预约；不要重复下单。`)
    }
    if (b.status === 'pending') { b.status = 'canceled'; b.cancelReason = 'superseded' }
  }

  const view = C.classView(cls, bookings, now)
  if (view.status === 'closed') return C.fail(`${view.date} ${view.start} 的${view.typeName}已开课或已停止预约（开课前 ${C.DATA.rules.bookingCloseMinutes} 分钟停止预约）。请用 searchClasses 帮用户找其他时间。`)
  if (view.spotsLeft < people) {
    return C.fail(view.spotsLeft === 0
      ? `${view.date} ${view.start} ${view.clubName}的${view.typeName}已约满，没有下单。请告诉用户，并用 searchClasses 查同类型的其他时间或门店。`
      : `${view.date} ${view.start} ${view.clubName}的${view.typeName}只剩 ${view.spotsLeft} 个名额，不够 ${people} 人，没有下单。请问用户是否减少人数或换一节课。`)
  }

  const booking = {
    id: C.newId('bk'), openid, classId: cls.id, people, payWith,
    amount: 0, creditsUsed: 0, status: 'pending', createdAt: now
  }

  if (payWith === 'pack') {
    const packs = C.readApp(C.PACKS_KEY, {})
    const mine = C.activePacks(packs, openid, now).sort((a, b) => a.expires.localeCompare(b.expires))
    const have = mine.reduce((s, p) => s + p.left, 0)
    if (have < people) {
      return C.fail(`用户的次卡剩余 ${have} 次，不够 ${people} 人使用，没有预约。可以改为单次付费（payWith=pay），或先用 buyClassPack 购买次卡并支付后再约。`)
    }
    let need = people
    for (const p of mine) { const use = Math.min(p.left, need); p.left -= use; need -= use; if (!need) break }
    booking.creditsUsed = people
    booking.status = 'booked'
    bookings[booking.id] = booking
    C.writeApp(C.PACKS_KEY, packs)
    C.writeApp(C.BOOKINGS_KEY, bookings)
    const left = C.creditsLeft(packs, openid, now)
    return {
      isError: false,
      content: [{ type: 'text', text: `已用次卡约好：${view.date}${view.weekday} ${view.start} ${view.clubName}${view.typeName}（${view.coachName}），${people} 人，扣 ${people} 次，次卡剩余 ${left} 次，没有产生付款。请把预约结果告诉用户。` }],
      structuredContent: { booking: C.bookingView(booking, now), order: null, creditsLeft: left }
    }
  }

  const amount = C.round2(cls.price * people)
  const order = await wx.createOrder({
    title: `${view.clubName} ${view.typeName} ${view.date} ${view.start}`,
    amount,
    lines: [{
      ref: cls.id,
      name: `${view.typeName}团课 ${view.date} ${view.start} ${view.clubName}`,
      qty: people,
      unitPrice: cls.price,
      options: { date: cls.date, time: cls.start, club: cls.club, type: cls.type, coach: cls.coach }
    }],
    meta: { kind: 'class', club: cls.club },
    notifyApi: 'onPaymentResult'
  })
  booking.orderId = order.orderId
  booking.amount = amount
  bookings[booking.id] = booking
  const orders = C.readApp(C.ORDERS_KEY, {})
  orders[order.orderId] = { kind: 'class', bookingId: booking.id, openid }
  C.writeApp(C.BOOKINGS_KEY, bookings)
  C.writeApp(C.ORDERS_KEY, orders)
  return {
    isError: false,
    content: [{ type: 'text', text: `已生成约课订单（未支付）：${view.date}${view.weekday} ${view.start}-${view.end} ${view.clubName}${view.typeName}，教练${view.coachName}，${people} 人 × ¥${cls.price} = ¥${amount.toFixed(2)}，名额保留 ${C.DATA.rules.holdMinutes} 分钟。请展示订单确认卡片，并请用户核对后自己确认支付；支付完成前预约不生效。` }],
    structuredContent: {
      booking: C.bookingView(booking, now),
      order: { orderId: order.orderId, amount, status: order.status || 'created' },
      creditsLeft: null
    }
  }
}
