const C = require('../utils/common.js')

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/

// 查团课：按门店、城市、课程类型、教练、日期和时间段筛选
module.exports = async function searchClasses(args) {
  args = args || {}
  const now = C.nowMs()
  const today = C.localParts(now).date
  for (const k of ['timeFrom', 'timeTo']) {
    if (args[k] && !TIME_RE.test(args[k])) return C.fail(`${k} 格式应为 HH:MM（24 小时制），如 19:00。请改正后重试。`)
  }
  if (args.clubId && !C.clubById(args.clubId)) return C.fail(`没有门店 ${args.clubId}。请先调用 listClubs 取得 clubId，不要自己编造。`)
  if (args.coachId && !C.coachById(args.coachId)) return C.fail(`没有教练 ${args.coachId}。请先调用 listClubs 取得 coachId，不要自己编造。`)
  const dateFrom = args.date || today
  const dateTo = args.dateTo || args.date || '2099-12-31'
  const bookings = C.readApp(C.BOOKINGS_KEY, {})
  let list = C.DATA.classes.filter(c =>
    c.date >= dateFrom && c.date <= dateTo &&
    (!args.clubId || c.club === args.clubId) &&
    (!args.type || c.type === args.type) &&
    (!args.coachId || c.coach === args.coachId) &&
    (!args.timeFrom || c.start >= args.timeFrom) &&
    (!args.timeTo || c.start <= args.timeTo))
  if (args.city && !args.clubId) {
    const city = args.city
    const clubs = C.DATA.clubs.filter(cl => city.includes(cl.city) || cl.city.includes(city) ||
      cl.cityEn.toLowerCase() === city.toLowerCase()).map(cl => cl.id)
    if (clubs.length) list = list.filter(c => clubs.includes(c.club))
  }
  let views = list.map(c => C.classView(c, bookings, now))
  // 今天已开课或停止预约的课不展示
  views = views.filter(v => v.status !== 'closed')
  if (args.onlyAvailable) views = views.filter(v => v.status === 'open')
  views.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))
  const total = views.length
  const classes = views.slice(0, 20)
  if (!total) {
    return {
      isError: false,
      content: [{ type: 'text', text: '没有符合条件的可约课程（已开课或停止预约的课不列出）。请告诉用户，并建议换一天、换时间段或换门店后再用 searchClasses 查询。' }],
      structuredContent: { classes: [], total: 0 }
    }
  }
  const lines = classes.slice(0, 8).map(v =>
    `${v.date}${v.weekday} ${v.start}-${v.end} ${v.clubName} ${v.typeName}（${v.coachName}）¥${v.price} ` +
    (v.status === 'full' ? '已约满' : `余${v.spotsLeft}位`) + ` classId=${v.classId}`).join('；')
  return {
    isError: false,
    content: [{
      type: 'text',
      text: `找到 ${total} 节课${total > 20 ? '（只列前 20 节）' : ''}：${lines}。` +
        '请展示课程卡片；用户选定一节后，用该课的 classId 调用 bookClass。已约满的课不能预约。'
    }],
    structuredContent: { classes, total }
  }
}
