const C = require('../utils/common.js')

module.exports = async function rescheduleBooking (args) {
  args = args || {}
  const openid = await C.userId()
  const state = C.load()
  const b = state.bookings[args.orderId]
  if (!b || b.openid !== openid) return C.fail(`找不到预约 ${args.orderId}。请调用 listMyBookings 取得用户自己的 orderId，不要编造。`)
  if (b.status !== 'paid') return C.fail(`预约 ${b.orderId} 当前为「${C.STATUS_LABEL[b.status] || b.status}」，只有已支付的预约可以改时间。`)
  if (C.at(b.date, b.time) - C.nowMs() < C.catalog.rules.noCancelMinutes * 60000) {
    return C.fail(`预约 ${b.orderId}（${b.date} ${b.time}）距上门不足 2 小时，不能在线改期。请告诉用户拨打客服 ${C.cityInfo(b.city).hotline}。`)
  }
  const date = args.date || b.date
  const time = args.time || b.time
  if (date === b.date && time === b.time) return C.fail('新时间与原时间相同，无需改期。请确认用户想改到哪天几点。')
  const hours = b.lines.reduce((h, l) => h + C.service(l.ref).durationHours, 0)
  const problem = C.slotProblem(state, b.city, date, time, hours, b.orderId)
  if (problem) return C.fail(`${date} ${time} 不能改约：${problem}。原预约保持不变。请调用 getAvailableSlots 查可约时段后再改。`)
  const from = `${b.date} ${b.time}`
  b.date = date; b.time = time; b.endTime = C.hhmm(C.minutes(time) + hours * 60)
  b.lines = b.lines.map(l => Object.assign({}, l, { options: { date, time } }))
  b.rescheduledFrom = from
  C.save(state)
  return C.ok(`预约 ${b.orderId} 已从 ${from} 改到 ${date} ${time}-${b.endTime}，费用不变，无需补款。请展示预约卡片告诉用户新的上门时间。`, C.view(b))
}
