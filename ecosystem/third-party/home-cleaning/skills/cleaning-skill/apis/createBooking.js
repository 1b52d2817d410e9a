const C = require('../utils/common.js')

module.exports = async function createBooking (args) {
  args = args || {}
  const ids = args.serviceIds || []
  if (!ids.length) return C.fail('没有选择服务。请先问清用户要哪项服务（可调用 listServices），再下单。')
  if (new Set(ids).size !== ids.length) return C.fail('同一项服务在一次预约里只能选一次。请去掉重复的 serviceId 后重试。')
  const services = ids.map(C.service)
  const bad = ids.filter((id, i) => !services[i])
  if (bad.length) return C.fail(`服务 ${bad.join('、')} 不存在。请调用 listServices 取得 serviceId，不要编造。`)
  if (services.filter(s => s.category === 'daily' || s.category === 'deep').length > 1) {
    return C.fail('一次上门只能选一项日常保洁或深度保洁（可另加擦玻璃、油烟机、冰箱等专项）。请和用户确认选哪一项。')
  }
  // read the address first: the consent card may end this call and run it again
  const r = await C.addresses()
  if (r.error) return C.fail('用户拒绝了读取地址的授权，未下单，也没有扣款。请告诉用户：上门服务需要地址，可以在授权后再预约。')
  const addr = r.addresses.find(a => a.id === args.addressId)
  if (!addr) return C.fail(`地址 ${args.addressId || '(未提供)'} 不在用户的地址簿里。请调用 listMyAddresses 取得 addressId，并在用户有多个地址时问清楚。`)
  const c = C.cityInfo(addr.city)
  if (!c) return C.fail(`地址所在城市「${addr.city}」暂未开通服务（仅 ${C.catalog.cities.map(x => x.city).join('、')}）。请告诉用户，未下单。`)

  const hours = C.totalHours(services)
  const state = C.load()
  const problem = C.slotProblem(state, c.city, args.date, args.time, hours)
  if (problem) return C.fail(`${args.date} ${args.time} 不能预约：${problem}。未下单。请调用 getAvailableSlots 查可约时段，推荐最接近的给用户。`)

  const lines = services.map(s => ({ ref: s.id, name: s.name, qty: 1, unitPrice: s.price, options: { date: args.date, time: args.time } }))
  const amount = C.fromCents(lines.reduce((sum, l) => sum + C.toCents(l.unitPrice), 0))
  const openid = await C.userId()
  const order = await wx.createOrder({
    title: `${C.catalog.brand} ${services.map(s => s.name).join('+')}`,
    amount,
    lines,
    meta: { address: addr.id, city: c.city, date: args.date, time: args.time },
    notifyApi: 'onBookingPayment'
  })
  const b = {
    orderId: order.orderId, openid, status: 'created', city: c.city, date: args.date, time: args.time,
    endTime: C.hhmm(C.minutes(args.time) + hours * 60), addressId: addr.id, addressText: addr.text, contact: `${addr.contact} ${addr.phone}`,
    lines, amount, note: args.note || '', createdAt: new Date(C.nowMs()).toISOString()
  }
  state.bookings[b.orderId] = b
  C.save(state)
  return C.ok(`已生成待支付预约 ${b.orderId}：${services.map(s => s.name).join(' + ')}，${b.date} ${b.time}-${b.endTime} 上门，地址 ${addr.label}（${addr.text}），合计 ${C.fmt(amount)}。时段已为用户保留，尚未付款。请展示预约确认卡片，引导用户核对服务、时间、地址和金额后在卡片上确认支付；支付结果出来之前不要说预约成功。`, C.view(b))
}
