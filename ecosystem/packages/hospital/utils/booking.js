// Booking one slot, shared by the skill and the pages: the checks in words, then the order.
const catalog = require('./catalog.js')
const schedule = require('./schedule.js')
const appointments = require('./appointments.js')
const dates = require('./dates.js')

function periodLabel(period, english) {
  const p = catalog.periodOf(period)
  return english ? p.nameEn.toLowerCase() + ' ' + p.time : p.name + ' ' + p.time
}

function slotLabel(date, period, english) {
  return dates.dateLabel(date, english) + ' ' + periodLabel(period, english)
}

function doctorLabel(d, english) {
  return english
    ? 'Dr. ' + d.nameEn + ' (' + d.titleNameEn + ', ' + d.departmentNameEn + ', ' + d.hospitalNameEn + ')'
    : d.hospitalName + ' ' + d.departmentName + ' ' + d.name + '（' + d.titleName + '）'
}

// Other slots worth offering: this doctor's next open ones, then colleagues free at that time.
function alternatives(doctor, date, period, english) {
  const own = schedule.openSlots(doctor).slice(0, 3).map(function (s) {
    return slotLabel(s.date, s.period, english) + (english ? ', ' + s.slotsLeft + ' left' : ' 余号 ' + s.slotsLeft)
  })
  const colleagues = catalog.doctors({ hospitalIds: [doctor.hospitalId], department: doctor.department })
    .filter(function (d) { return d.id !== doctor.id && !schedule.problem(d, date, period) })
    .map(function (d) { return english ? 'Dr. ' + d.nameEn + ' (' + d.titleNameEn + ', ¥' + d.fee + ')' : d.name + '（' + d.titleName + '，' + d.fee + ' 元）' })
  const parts = []
  if (own.length) parts.push(english ? 'the same doctor at ' + own.join('; ') : '同一医生：' + own.join('；'))
  if (colleagues.length) parts.push(english ? 'at the same time: ' + colleagues.join(', ') : '同一时段同科室：' + colleagues.join('、'))
  return parts.length ? (english ? ' You can book instead ' + parts.join('; or ') + '.' : '可以改约' + parts.join('；或') + '。') : ''
}

// Why the slot cannot be booked, in the user's words with a way out; '' when it can.
function explain(why, doctor, date, period, english) {
  if (!why) return ''
  const w = schedule.bookableWindow()
  const who = english ? 'Dr. ' + doctor.nameEn : doctor.name + '医生'
  const when = slotLabel(date, period, english)
  let fact
  if (why === 'window') {
    fact = english ? 'Appointments open from ' + w.first + ' to ' + w.last + ' only; ' + date + ' is outside that range.'
      : '只能预约 ' + w.first + ' 至 ' + w.last + ' 的号，' + date + ' 不在可预约范围内。'
  } else if (why === 'past') {
    fact = english ? 'The ' + when + ' clinic is already over.' : when + ' 的门诊已经结束。'
  } else if (why === 'off') {
    fact = english ? who + ' does not see patients at ' + when + '; clinic days: ' + dates.weekdayNames(doctor.weekdays, true) + ' ' + doctor.periods.map(function (p) { return catalog.periodOf(p).nameEn.toLowerCase() }).join('/') + '.'
      : who + ' ' + when + ' 不出诊，出诊时间：' + dates.weekdayNames(doctor.weekdays, false) + ' ' + doctor.periods.map(function (p) { return catalog.periodOf(p).name }).join('、') + '。'
  } else {
    fact = english ? who + "'s slots at " + when + ' are fully booked (no slots left).' : who + ' ' + when + ' 的号已约满，没有号了。'
  }
  return fact + alternatives(doctor, date, period, english)
}

// Creates the order (the fee of the doctor's title) and holds the slot until it is paid.
async function createBooking(doctor, date, period, patient, english, notifyApi) {
  const draft = {
    title: english ? 'CareBook registration fee' : '健康挂号 挂号费',
    amount: doctor.fee,
    lines: [{
      ref: doctor.id, qty: 1, unitPrice: doctor.fee,
      name: doctorLabel(doctor, english) + ' ' + slotLabel(date, period, english),
      options: { date: date, period: period, patient: patient.id }
    }]
  }
  if (notifyApi) draft.notifyApi = notifyApi
  const order = await wx.createOrder(draft)
  const { openid } = await wx.login()
  const visitNo = schedule.SLOTS_PER_PERIOD - schedule.slotsLeft(doctor.id, date, period) + 1
  const appointment = appointments.create({
    orderId: order.orderId, openid: openid, doctorId: doctor.id, date: date, period: period,
    patientId: patient.id, patientName: patient.name, fee: doctor.fee, visitNo: visitNo
  })
  return { order: order, appointment: appointment }
}

module.exports = { periodLabel, slotLabel, doctorLabel, explain, createBooking }
