// Books one slot: checks the schedule rule, reads the patient (consent), creates the fee order.
const catalog = require('../../../utils/catalog.js')
const schedule = require('../../../utils/schedule.js')
const booking = require('../../../utils/booking.js')
const appointments = require('../../../utils/appointments.js')
const { readPatients, pickPatient } = require('../../../utils/patients.js')
const { appointmentView } = require('../../../utils/views.js')
const { ok, fail, isDenied, reason } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function bookAppointment(args) {
  const en = isEnglish()
  const doctor = catalog.doctor(args.doctorId)
  if (!doctor) {
    return fail(en ? 'There is no doctor ' + args.doctorId + '. Find the doctor with listDoctors and use its id; never make one up.' : '没有 ID 为 ' + args.doctorId + ' 的医生。请先用 listDoctors 查询并使用返回的医生 id，不要编造。')
  }
  const why = schedule.problem(doctor, args.date, args.period)
  if (why) {
    return fail(booking.explain(why, doctor, args.date, args.period, en) + (en
      ? ' Ask the user whether to take one of these instead, without retrying the same slot.'
      : '请询问用户是否改约，不要重复挂同一个号。'), { reason: why })
  }
  let patients
  try {
    patients = await readPatients()
  } catch (error) {
    if (!isDenied(error)) {
      return fail(en
        ? 'The patients could not be read (' + reason(error) + '). Nothing was booked; try again later.'
        : '读取就诊人信息失败（' + reason(error) + '）。没有挂号，请稍后再试。')
    }
    return fail(en
      ? "Registration needs the patient's real name and ID number, and permission to read them was declined, so nothing was booked. The user can allow access to patient details and ask again."
      : '挂号需要就诊人的真实姓名和身份证号，用户未授权读取，因此没有挂号。用户可以允许读取就诊人信息后再试。')
  }
  const patient = pickPatient(patients, args.patientId, args.patientRelation)
  if (!patient) {
    const names = patients.map(function (p) { return p.name + (en ? ' (' + p.relationNameEn + ')' : '（' + p.relationName + '）') })
    return fail(patients.length === 0
      ? (en ? 'No patient is saved. The user needs to add a patient (real name and ID number) in WeChat first.' : '还没有保存就诊人。请用户先在微信中添加就诊人（真实姓名和身份证号）。')
      : (en ? 'No single saved patient matches ' + (args.patientId || args.patientRelation || 'the user') + '; the saved patients are ' + names.join(', ') + '. Ask the user who the appointment is for and pass that patient\'s id from listPatients.'
        : '没有唯一对应「' + (args.patientId || args.patientRelation || '本人') + '」的就诊人；已保存的就诊人：' + names.join('、') + '。请询问用户给谁挂号，并使用 listPatients 返回的 id。'))
  }
  const { openid } = await wx.login()
  const same = appointments.duplicate(openid, patient.id, doctor.id, args.date, args.period)
  if (same) {
    return fail(en
      ? patient.name + ' already has this appointment (' + same.id + '); nothing new was booked. Show it with listMyAppointments.'
      : patient.name + ' 已经挂过这个号（' + same.id + '），没有重复挂号。可以用 listMyAppointments 查看。')
  }
  const created = await booking.createBooking(doctor, args.date, args.period, patient, en, 'notifyAppointment')
  const view = appointmentView(created.appointment)
  const text = en
    ? 'Registration order created for ' + patient.name + ': ' + booking.doctorLabel(doctor, true) + ', ' + booking.slotLabel(args.date, args.period, true) + ', fee ¥' + doctor.fee.toFixed(2) + '. Show the booking confirmation card and ask the user to check the patient and time before paying.'
    : '已为就诊人' + patient.name + '生成挂号订单：' + booking.doctorLabel(doctor, false) + '，' + booking.slotLabel(args.date, args.period, false) + '，挂号费 ' + doctor.fee.toFixed(2) + ' 元。请展示挂号确认卡片，并引导用户核对就诊人和时间后确认支付。'
  return ok(text, { orderId: created.order.orderId, amount: doctor.fee, status: 'awaiting_payment', appointment: view })
}
