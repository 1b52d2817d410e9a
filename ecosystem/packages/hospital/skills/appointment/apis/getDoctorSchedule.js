// One doctor's clinic slots over the bookable week, full ones included.
const catalog = require('../../../utils/catalog.js')
const schedule = require('../../../utils/schedule.js')
const booking = require('../../../utils/booking.js')
const dates = require('../../../utils/dates.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function getDoctorSchedule(args) {
  const en = isEnglish()
  const doctor = catalog.doctor(args.doctorId)
  if (!doctor) {
    return fail(en ? 'There is no doctor ' + args.doctorId + '. Find the doctor with listDoctors first; never make up an id.' : '没有 ID 为 ' + args.doctorId + ' 的医生。请先用 listDoctors 查询医生，不要编造 ID。')
  }
  const w = schedule.bookableWindow()
  const slots = []
  for (let date = w.first; date <= w.last; date = dates.addDays(date, 1)) {
    schedule.slotsOn(doctor, date).forEach(function (s) { slots.push(s) })
  }
  const open = slots.filter(function (s) { return !s.full && !s.closed })
  const text = open.map(function (s) { return booking.slotLabel(s.date, s.period, en) + (en ? ' ' + s.slotsLeft + ' left' : ' 余号 ' + s.slotsLeft) })
  const full = slots.filter(function (s) { return s.full }).map(function (s) { return booking.slotLabel(s.date, s.period, en) })
  const fact = en
    ? booking.doctorLabel(doctor, true) + ' from ' + w.first + ' to ' + w.last + ': ' + (text.length ? text.join('; ') : 'no slots left') + (full.length ? '; fully booked: ' + full.join('; ') : '') + '.'
    : booking.doctorLabel(doctor, false) + ' ' + w.first + ' 至 ' + w.last + ' 可约：' + (text.length ? text.join('；') : '没有号了') + (full.length ? '；已约满：' + full.join('；') : '') + '。'
  return ok(fact + (en ? ' Ask the user to pick a date and period, then book with bookAppointment.' : '请让用户选择日期和时段，再用 bookAppointment 挂号。'), { doctor: doctor, slots: slots })
}
