// Dates in China time (UTC+8, no daylight saving), as 'YYYY-MM-DD'; ISO weekdays (1 = Monday).
const DAY = 24 * 3600 * 1000
const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']
const WEEKDAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

function chinaNow() {
  return new Date(Date.now() + 8 * 3600 * 1000)
}

function today() {
  return chinaNow().toISOString().slice(0, 10)
}

// Minutes since midnight, China time.
function minutesNow() {
  const d = chinaNow()
  return d.getUTCHours() * 60 + d.getUTCMinutes()
}

function isDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(String(text)) && !isNaN(Date.parse(text + 'T00:00:00Z'))
}

function addDays(date, n) {
  return new Date(Date.parse(date + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10)
}

function daysBetween(from, to) {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY)
}

function isoWeekday(date) {
  const d = new Date(date + 'T00:00:00Z').getUTCDay()
  return d === 0 ? 7 : d
}

function dateLabel(date, english) {
  const w = isoWeekday(date)
  return english ? date + ' (' + WEEKDAY_EN[w] + ')' : date + '（' + WEEKDAY_ZH[w] + '）'
}

function weekdayNames(days, english) {
  return days.map(function (d) { return english ? WEEKDAY_EN[d] : WEEKDAY_ZH[d] }).join(english ? ', ' : '、')
}

module.exports = { today, minutesNow, isDate, addDays, daysBetween, isoWeekday, dateLabel, weekdayNames }
