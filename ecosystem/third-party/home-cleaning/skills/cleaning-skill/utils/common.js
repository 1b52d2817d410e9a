// Shared helpers of the cleaning skill: catalog, money in cents, Beijing time, slot capacity, the shared store.
const catalog = require('../data/catalog.json')

function toCents (yuan) { return Math.round(Number(yuan) * 100) }
function fromCents (cents) { return Math.round(cents) / 100 }
function fmt (yuan) { return '¥' + Number(yuan).toFixed(2) }
function at (date, time) { return new Date(`${date}T${time}:00+08:00`).getTime() }
function nowMs () { return Date.now() }
function minutes (hhmm) { const [h, m] = String(hhmm).split(':').map(Number); return h * 60 + (m || 0) }
function hhmm (min) { return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}` }

function service (id) { return catalog.services.find(s => s.id === id) }
function cityInfo (city) { return catalog.cities.find(c => c.city === city || c.cityEn.toLowerCase() === String(city || '').toLowerCase()) }

const KEY = 'cleaning'
function load () {
  const s = wx.getAppStorageSync(KEY)
  return (s && typeof s === 'object') ? s : { bookings: {} }
}
function save (s) { wx.setAppStorageSync(KEY, s) }

// bookings holding a slot: pre-booked + this mini-program's created/paid bookings
function used (state, city, date, time, exceptId) {
  let n = catalog.prebooked[`${city}|${date}|${time}`] || 0
  for (const b of Object.values(state.bookings)) {
    if (b.orderId === exceptId) continue
    if (b.city === city && b.date === date && b.time === time && (b.status === 'created' || b.status === 'paid')) n++
  }
  return n
}
function totalHours (services) { return services.reduce((h, s) => h + s.durationHours, 0) }

// why a slot cannot be used, or '' when it can
function slotProblem (state, city, date, time, hours, exceptId) {
  if (!catalog.dates.includes(date)) return `目前只开放 ${catalog.dates[0]} 至 ${catalog.dates[catalog.dates.length - 1]} 的预约`
  if (!catalog.slots.includes(time)) return `上门时间只能选 ${catalog.slots.join('、')}`
  if (at(date, time) - nowMs() < catalog.rules.leadMinutes * 60000) return '需至少提前 2 小时预约'
  if (minutes(time) + hours * 60 > minutes(catalog.dayEnds)) return `所选服务共约 ${hours} 小时，${time} 开始会超过 ${catalog.dayEnds}`
  const c = cityInfo(city)
  if (used(state, city, date, time, exceptId) >= c.teams) return '该时段已约满'
  return ''
}

async function userId () { return (await wx.login()).openid }

// the user's addresses, behind scope.address; returns { addresses } or { error }
async function addresses () {
  try {
    const r = await wx.getAddressList()
    return { addresses: (r && r.addresses) || [] }
  } catch (e) {
    const msg = String((e && (e.errMsg || e.message)) || e)
    if (msg.includes('auth deny')) return { error: 'deny' }
    throw e
  }
}

function view (b) {
  return {
    orderId: b.orderId, status: b.status, date: b.date, time: b.time, endTime: b.endTime, city: b.city,
    addressId: b.addressId, addressText: b.addressText, contact: b.contact,
    services: b.lines.map(l => ({ serviceId: l.ref, name: l.name, price: l.unitPrice })),
    amount: b.amount, refundedAmount: b.refundedAmount || 0, note: b.note || ''
  }
}

function ok (text, structuredContent, extra) {
  return Object.assign({ isError: false, content: [{ type: 'text', text }], structuredContent }, extra || {})
}
function fail (text) { return { isError: true, content: [{ type: 'text', text }] } }

const STATUS_LABEL = { created: '待支付', paid: '已预约', canceled: '已取消', refunded: '已取消并退款' }

module.exports = {
  catalog, toCents, fromCents, fmt, at, nowMs, minutes, hhmm, service, cityInfo, load, save, used, totalHours,
  slotProblem, userId, addresses, view, ok, fail, STATUS_LABEL
}
