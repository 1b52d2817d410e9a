const C = require('../utils/common.js')

module.exports = async function getAvailableSlots (args) {
  args = args || {}
  const ids = args.serviceIds && args.serviceIds.length ? args.serviceIds : ['daily-2h']
  const services = ids.map(C.service)
  const bad = ids.filter((id, i) => !services[i])
  if (bad.length) return C.fail(`服务 ${bad.join('、')} 不存在。请调用 listServices 取得 serviceId，不要编造。`)
  const c = C.cityInfo(args.city)
  if (!c) return C.fail(`${args.city || '未指定城市'}：目前只在 ${C.catalog.cities.map(x => x.city).join('、')} 提供上门服务。请先确认上门地址所在城市（可调用 listMyAddresses），再传 city。`)
  const dates = args.date ? [args.date] : C.catalog.dates
  if (args.date && !C.catalog.dates.includes(args.date)) return C.fail(`目前只开放 ${C.catalog.dates[0]} 至 ${C.catalog.dates[C.catalog.dates.length - 1]} 的预约，${args.date} 还不能约。请让用户换一个日期。`)
  const hours = C.totalHours(services)
  const state = C.load()
  const days = dates.map(date => ({
    date,
    slots: C.catalog.slots.map(time => {
      const problem = C.slotProblem(state, c.city, date, time, hours)
      return { time, endTime: C.hhmm(C.minutes(time) + hours * 60), available: !problem, reason: problem }
    })
  }))
  const amount = C.fromCents(services.reduce((s, x) => s + C.toCents(x.price), 0))
  const text = days.map(d => `${d.date}：${d.slots.map(s => s.available ? `${s.time}可约` : `${s.time}不可约（${s.reason}）`).join('，')}`).join('\n')
  return C.ok(`${c.city} ${services.map(s => s.name).join('+')}（共约${hours}小时，合计 ${C.fmt(amount)}）的时段：\n${text}\n用户说的是大概时间时，选最接近且可约的时段；想要的时段约满时，告诉用户并推荐最近的可约时段。确定后调用 createBooking。`,
    { city: c.city, serviceIds: ids, totalHours: hours, amount, days })
}
