// Shared helpers of the ticket skill: catalog lookups, money in cents, Beijing time, the shared store.
const catalog = require('../data/catalog.json')

const TZ = '+08:00'

function toCents (yuan) { return Math.round(Number(yuan) * 100) }
function fromCents (cents) { return Math.round(cents) / 100 }
function fmt (yuan) { return '¥' + Number(yuan).toFixed(2) }

function startOf (st) { return new Date(`${st.date}T${st.time}:00${TZ}`).getTime() }
function nowMs () { return Date.now() }
// "2026-11-20" in Beijing time for a timestamp
function beijingDate (ms) {
  const d = new Date(ms + 8 * 3600 * 1000)
  return d.toISOString().slice(0, 10)
}

function film (id) { return catalog.films.find(f => f.id === id) }
function cinema (id) { return catalog.cinemas.find(c => c.id === id) }
function showtime (id) { return catalog.showtimes.find(s => s.id === id) }
function snack (id) { return catalog.snacks.find(s => s.id === id) }

const SEAT_TYPE_LABEL = { standard: '普通座', premium: '黄金座' }

// ---- backend state shared by all users (app storage) ----
const KEY = 'ticketing'
function load () {
  const s = wx.getAppStorageSync(KEY)
  return (s && typeof s === 'object') ? s : { orders: {}, taken: {} }
}
function save (s) { wx.setAppStorageSync(KEY, s) }

// seats in best-first order for a seat type
const CENTER = [6, 7, 5, 8, 4, 9, 3, 10, 2, 11, 1, 12]
function rowsFor (type) {
  return type === 'premium' ? ['E', 'D', 'F'] : ['C', 'G', 'B', 'H', 'A']
}
function allSeats (type) {
  const out = []
  for (const r of rowsFor(type)) for (const n of CENTER) out.push(r + n)
  return out
}
// seats sold outside the mini-program: the first N of the best-first order
function presold (st, type) { return allSeats(type).slice(0, st.sold[type] || 0) }
function takenSet (state, st, type) {
  const set = new Set(presold(st, type))
  for (const seat of (state.taken[st.id] || [])) set.add(seat)
  return set
}
function remaining (state, st, type) {
  return allSeats(type).length - [...takenSet(state, st, type)].filter(x => allSeats(type).includes(x)).length
}
// pick qty seats, adjacent in one row when possible, closest to the centre
function pickSeats (state, st, type, qty) {
  const taken = takenSet(state, st, type)
  for (const r of rowsFor(type)) {
    let best = null
    for (let start = 1; start + qty - 1 <= 12; start++) {
      const run = []
      for (let i = 0; i < qty; i++) run.push(r + (start + i))
      if (run.some(x => taken.has(x))) continue
      const dist = Math.abs(start + (qty - 1) / 2 - 6.5)
      if (!best || dist < best.dist) best = { run, dist }
    }
    if (best) return best.run
  }
  const free = allSeats(type).filter(x => !taken.has(x))
  return free.length >= qty ? free.slice(0, qty) : null
}

async function userId () {
  const r = await wx.login()
  return r.openid
}

function ok (text, structuredContent, extra) {
  return Object.assign({ isError: false, content: [{ type: 'text', text }], structuredContent }, extra || {})
}
function fail (text) {
  return { isError: true, content: [{ type: 'text', text }] }
}

module.exports = {
  catalog, toCents, fromCents, fmt, startOf, nowMs, beijingDate, film, cinema, showtime, snack,
  SEAT_TYPE_LABEL, load, save, remaining, pickSeats, userId, ok, fail
}
