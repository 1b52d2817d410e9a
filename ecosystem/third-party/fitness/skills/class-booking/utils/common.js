// 公共工具：数据、时间（Asia/Shanghai）、共享状态（预约、次卡）
const DATA = require('../data/fitness.json')

const TZ_OFFSET_MIN = 8 * 60
const BOOKINGS_KEY = 'fitness.bookings'   // 全部用户的预约：{ [bookingId]: booking }
const ORDERS_KEY = 'fitness.orders'       // 订单 → 业务对象：{ [orderId]: { kind, bookingId?, packId?, openid } }
const PACKS_KEY = 'fitness.packs'         // 次卡：{ [openid]: [{ packId, credits, left, expires, orderId }] }

const clubById = id => DATA.clubs.find(c => c.id === id)
const typeByCode = code => DATA.classTypes.find(t => t.code === code)
const coachById = id => DATA.coaches.find(c => c.id === id)
const classById = id => DATA.classes.find(c => c.id === id)
const packById = id => DATA.packs.find(p => p.id === id)

function nowMs() { return Date.now() }
// 上海时区的 YYYY-MM-DD 与 HH:MM
function localParts(ms) {
  const d = new Date(ms + TZ_OFFSET_MIN * 60000)
  const iso = d.toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}
function classStartMs(cls) { return Date.parse(`${cls.date}T${cls.start}:00+08:00`) }
function weekdayName(date, en) {
  const w = new Date(`${date}T12:00:00+08:00`).getUTCDay()
  return en ? ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][w] : ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][w]
}

function readApp(key, dflt) {
  const v = wx.getAppStorageSync(key)
  return v === '' || v === undefined || v === null ? dflt : v
}
function writeApp(key, value) { wx.setAppStorageSync(key, value) }

async function currentOpenid() {
  const res = await wx.login()
  return res.openid
}

// 一个未支付的预约在 holdMinutes 内占座
function holdsSeats(b, now) {
  if (b.status === 'booked') return true
  if (b.status === 'pending') return now - b.createdAt < DATA.rules.holdMinutes * 60000
  return false
}

function seatsTaken(classId, bookings, now) {
  let n = 0
  for (const id in bookings) {
    const b = bookings[id]
    if (b.classId === classId && holdsSeats(b, now)) n += b.people
  }
  return n
}

function classView(cls, bookings, now) {
  const club = clubById(cls.club)
  const type = typeByCode(cls.type)
  const coach = coachById(cls.coach)
  const left = Math.max(0, cls.capacity - cls.booked - seatsTaken(cls.id, bookings, now))
  const closesAt = classStartMs(cls) - DATA.rules.bookingCloseMinutes * 60000
  let status = 'open'
  if (now >= closesAt) status = 'closed'
  else if (left === 0) status = 'full'
  return {
    classId: cls.id,
    clubId: club.id, clubName: club.name, clubNameEn: club.nameEn, city: club.city,
    type: type.code, typeName: type.name, typeNameEn: type.nameEn,
    coachId: coach.id, coachName: coach.name, coachNameEn: coach.nameEn,
    date: cls.date, weekday: weekdayName(cls.date), start: cls.start, end: cls.end,
    price: cls.price, capacity: cls.capacity, spotsLeft: left, status
  }
}

function round2(x) { return Math.round(x * 100) / 100 }

function activePacks(packs, openid, now) {
  return (packs[openid] || []).filter(p => p.left > 0 && Date.parse(p.expires) > now)
}
function creditsLeft(packs, openid, now) {
  return activePacks(packs, openid, now).reduce((s, p) => s + p.left, 0)
}

function bookingView(b, now) {
  const cls = classById(b.classId)
  const v = classView(cls, {}, now)
  return {
    bookingId: b.id, orderId: b.orderId || null, status: b.status,
    payWith: b.payWith, people: b.people, amount: b.amount, creditsUsed: b.creditsUsed || 0,
    refunded: b.refunded || 0,
    classId: v.classId, clubId: v.clubId, clubName: v.clubName, clubNameEn: v.clubNameEn,
    type: v.type, typeName: v.typeName, typeNameEn: v.typeNameEn,
    coachName: v.coachName, coachNameEn: v.coachNameEn,
    date: v.date, weekday: v.weekday, start: v.start, end: v.end,
    cancellable: (b.status === 'booked' || b.status === 'pending') &&
      classStartMs(cls) - now >= DATA.rules.cancelBeforeHours * 3600000
  }
}

function newId(prefix) {
  return prefix + nowMs().toString(36) + Math.floor(Math.random() * 1e6).toString(36)
}

function fail(text) {
  return { isError: true, content: [{ type: 'text', text }] }
}

module.exports = {
  DATA, BOOKINGS_KEY, ORDERS_KEY, PACKS_KEY,
  clubById, typeByCode, coachById, classById, packById,
  nowMs, localParts, classStartMs, weekdayName, readApp, writeApp, currentOpenid,
  holdsSeats, seatsTaken, classView, bookingView, round2, activePacks, creditsLeft, newId, fail
}
