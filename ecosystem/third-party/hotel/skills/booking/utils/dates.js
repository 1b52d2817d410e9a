// 日期一律按北京时间（UTC+8）处理
const DAY = 86400000
function todayCN(nowMs) { return new Date((nowMs === undefined ? Date.now() : nowMs) + 8 * 3600000).toISOString().slice(0, 10) }
function isDate(s) { return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !isNaN(Date.parse(s + 'T00:00:00Z')) }
function addDays(s, n) { return new Date(Date.parse(s + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10) }
function diffDays(a, b) { return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY) }
function weekday(s) { return new Date(Date.parse(s + 'T00:00:00Z')).getUTCDay() } // 0=周日
function isWeekendNight(s) { const d = weekday(s); return d === 5 || d === 6 } // 周五、周六晚
const WEEK = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
function label(s) { return `${s}（${WEEK[weekday(s)]}）` }
// 免费取消截止：入住前一天 18:00（北京时间）
function freeCancelUntil(checkIn) { return addDays(checkIn, -1) + 'T18:00:00+08:00' }
module.exports = { todayCN, isDate, addDays, diffDays, weekday, isWeekendNight, label, freeCancelUntil }
