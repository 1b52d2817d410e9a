// Lists doctors by hospital, city, department, title, and (when given) date and period with
// the slots left; full ones stay in the list so the user hears that they are full.
const catalog = require('../../../utils/catalog.js')
const schedule = require('../../../utils/schedule.js')
const booking = require('../../../utils/booking.js')
const dates = require('../../../utils/dates.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

function scope(args, en) {
  if (args.hospital) {
    const h = catalog.hospital(args.hospital)
    return h ? { hospitals: [h], note: '' } : { error: en
      ? 'There is no hospital ' + args.hospital + '. The hospitals are listed by listHospitals.'
      : '没有编号为 ' + args.hospital + ' 的医院。可用 listHospitals 查看全部医院。' }
  }
  const hospitals = catalog.hospitalsIn(args.city)
  if (hospitals.length) return { hospitals: hospitals, note: '' }
  return { hospitals: catalog.hospitalsIn(), note: en ? 'No partner hospital in ' + args.city + '; showing all hospitals. ' : args.city + '暂无合作医院，以下为全部医院的医生。' }
}

function describe(d, args, en) {
  const fee = en ? '¥' + d.fee : d.fee + ' 元'
  const head = en ? 'Dr. ' + d.nameEn + ' (' + d.titleNameEn + ', ' + d.departmentNameEn + ', ' + fee : d.name + '（' + d.titleName + '，' + d.departmentName + '，' + fee
  if (!args.date) {
    const days = dates.weekdayNames(d.weekdays, en) + ' ' + d.periods.map(function (p) { return en ? catalog.periodOf(p).nameEn.toLowerCase() : catalog.periodOf(p).name }).join('/')
    return head + (en ? ', clinics ' + days + ')' : '，出诊 ' + days + '）')
  }
  const slots = d.slots.map(function (s) {
    const p = en ? catalog.periodOf(s.period).nameEn.toLowerCase() : catalog.periodOf(s.period).name
    if (s.full) return en ? p + ' fully booked' : p + '已约满'
    if (s.closed) return en ? p + ' over' : p + '已结束'
    return en ? p + ' ' + s.slotsLeft + ' left' : p + '余号 ' + s.slotsLeft
  })
  return head + (en ? ', ' : '，') + slots.join(en ? ', ' : '，') + (en ? ')' : '）')
}

module.exports = async function listDoctors(args) {
  const en = isEnglish()
  const where = scope(args, en)
  if (where.error) return fail(where.error)
  if (args.date) {
    const w = schedule.bookableWindow()
    if (!dates.isDate(args.date) || args.date < w.first || args.date > w.last) {
      return fail(en
        ? 'Appointments open from ' + w.first + ' to ' + w.last + ' only; ' + args.date + ' is outside. Ask the user for a date in that range.'
        : '只能预约 ' + w.first + ' 至 ' + w.last + ' 的号，' + args.date + ' 不在范围内。请让用户选择这 7 天内的日期。')
    }
  }
  let list = catalog.doctors({ hospitalIds: where.hospitals.map(function (h) { return h.id }), department: args.department, title: args.title })
  if (args.date) {
    list = list.map(function (d) { return Object.assign(d, { date: args.date, slots: schedule.slotsOn(d, args.date, args.period) }) })
      .filter(function (d) { return d.slots.length > 0 })
    list.forEach(function (d) {
      d.slotsLeft = d.slots.reduce(function (n, s) { return n + s.slotsLeft }, 0)
      d.full = d.slotsLeft === 0
      if (args.period) d.period = args.period
    })
  } else if (args.period) {
    list = list.filter(function (d) { return d.periods.indexOf(args.period) >= 0 })
  }
  const place = where.hospitals.map(function (h) { return en ? h.nameEn : h.name }).join(en ? ', ' : '、')
  const dep = args.department ? catalog.departmentOf(args.department) : undefined
  const when = args.date ? (args.period ? booking.slotLabel(args.date, args.period, en) : dates.dateLabel(args.date, en)) : ''
  const scopeText = en
    ? [place, dep ? dep.nameEn : '', when].filter(Boolean).join(', ')
    : place + (dep ? ' ' + dep.name : '') + (when ? ' ' + when : '')
  if (!list.length) {
    return ok(where.note + (en
      ? 'No doctor sees patients at ' + scopeText + '. You can try another date or period, or look at the clinic days of the department first.'
      : scopeText + ' 没有医生出诊。可以换一个日期或时段，或先查看该科室的出诊时间。'), { doctors: [] })
  }
  const lines = list.map(function (d) { return describe(d, args, en) })
  return ok(where.note + (en
    ? 'Doctors at ' + scopeText + ': ' + lines.join('; ') + '. Ask the user to choose a doctor, then book with that doctor\'s id through bookAppointment.'
    : scopeText + ' 的医生：' + lines.join('；') + '。请让用户选择医生，再用该医生的 id 调用 bookAppointment 挂号。'), { doctors: list })
}
