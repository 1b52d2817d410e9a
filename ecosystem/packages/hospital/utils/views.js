// How an appointment is shown to the model, the cards and the pages.
const catalog = require('./catalog.js')
const booking = require('./booking.js')

const STATUS = {
  awaiting_payment: ['待支付', 'awaiting payment'], booked: ['已预约', 'booked'], canceled: ['已取消', 'canceled']
}

function appointmentView(a) {
  const d = catalog.doctor(a.doctorId)
  const p = catalog.periodOf(a.period)
  const status = STATUS[a.status] || [a.status, a.status]
  return {
    id: a.id, orderId: a.orderId,
    name: d.departmentName + ' ' + d.name + ' ' + a.date + ' ' + p.name,
    nameEn: d.departmentNameEn + ', Dr. ' + d.nameEn + ', ' + a.date + ' ' + p.nameEn.toLowerCase(),
    doctorId: d.id, doctorName: d.name, doctorNameEn: d.nameEn, titleName: d.titleName, hospitalName: d.hospitalName,
    hospitalNameEn: d.hospitalNameEn, departmentName: d.departmentName, departmentNameEn: d.departmentNameEn,
    date: a.date, period: a.period, periodName: p.name, periodTime: p.time, patientId: a.patientId, patientName: a.patientName,
    fee: a.fee, visitNo: a.visitNo, status: a.status, statusText: status[0], statusTextEn: status[1]
  }
}

function appointmentLine(v, english) {
  return english
    ? v.id + ': ' + v.patientName + ' with Dr. ' + v.doctorNameEn + ' (' + v.departmentNameEn + ', ' + v.hospitalNameEn + '), ' + booking.slotLabel(v.date, v.period, true) + ', ' + v.statusTextEn
    : v.id + '：' + v.patientName + ' ' + v.hospitalName + ' ' + v.departmentName + ' ' + v.doctorName + '，' + booking.slotLabel(v.date, v.period, false) + '，' + v.statusText
}

module.exports = { appointmentView, appointmentLine }
