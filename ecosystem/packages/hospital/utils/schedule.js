// The schedule rule of hospital.json: listed ISO weekdays and periods, 12 slots each,
// slots left = fnv1a(`${doctorId}|${date}|${period}`) % 13 minus the slots taken here;
// bookable from today up to 7 days ahead, and not once a period of today is over.
const { fnv1a } = require('./fnv.js')
const dates = require('./dates.js')
const appointments = require('./appointments.js')

const SLOTS_PER_PERIOD = 12
const BOOKABLE_DAYS = 7
const PERIOD_END = { am: 12 * 60, pm: 17 * 60 }

function bookableWindow() {
  const first = dates.today()
  return { first: first, last: dates.addDays(first, BOOKABLE_DAYS) }
}

function works(doctor, date, period) {
  return doctor.weekdays.indexOf(dates.isoWeekday(date)) >= 0 && doctor.periods.indexOf(period) >= 0
}

function slotsLeft(doctorId, date, period) {
  const released = fnv1a(doctorId + '|' + date + '|' + period) % 13
  return Math.max(0, released - appointments.holding(doctorId, date, period))
}

// Why this slot cannot be booked ('window', 'past', 'off', 'full'), or '' when it can.
function problem(doctor, date, period) {
  const w = bookableWindow()
  if (date < w.first || date > w.last) return 'window'
  if (date === w.first && dates.minutesNow() >= PERIOD_END[period]) return 'past'
  if (!works(doctor, date, period)) return 'off'
  if (slotsLeft(doctor.id, date, period) === 0) return 'full'
  return ''
}

// Every slot of the bookable window this doctor still has.
function openSlots(doctor) {
  const w = bookableWindow()
  const slots = []
  for (let date = w.first; date <= w.last; date = dates.addDays(date, 1)) {
    for (const period of doctor.periods) {
      if (!problem(doctor, date, period)) slots.push({ date: date, period: period, slotsLeft: slotsLeft(doctor.id, date, period) })
    }
  }
  return slots
}

// The slots of one doctor on one date (both periods when none is named), full ones included.
function slotsOn(doctor, date, period) {
  return doctor.periods.filter(function (p) { return (!period || p === period) && works(doctor, date, p) }).map(function (p) {
    const why = problem(doctor, date, p)
    return { date: date, period: p, slotsLeft: why === 'past' ? 0 : slotsLeft(doctor.id, date, p), full: why === 'full', closed: why === 'past' }
  })
}

module.exports = { SLOTS_PER_PERIOD, BOOKABLE_DAYS, bookableWindow, works, slotsLeft, problem, openSlots, slotsOn }
