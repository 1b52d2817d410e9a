const catalog = require('../../utils/catalog.js')
const schedule = require('../../utils/schedule.js')
const booking = require('../../utils/booking.js')
const appointments = require('../../utils/appointments.js')
const { readPatients, pickPatient } = require('../../utils/patients.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: { doctor: null, date: '', period: '', doctorLabel: '', slotLabel: '', fee: '', patients: [], patientId: '', orderId: '', error: '' },
  async onLoad(query) {
    const en = isEnglish()
    const doctor = catalog.doctor(query.doctorId)
    if (!doctor) return this.setData({ error: pick('没有找到这位医生。', 'Doctor not found.') })
    this.setData({
      doctor: doctor, date: query.date, period: query.period, fee: doctor.fee.toFixed(2),
      doctorLabel: booking.doctorLabel(doctor, en), slotLabel: booking.slotLabel(query.date, query.period, en)
    })
    const why = schedule.problem(doctor, query.date, query.period)
    if (why) return this.setData({ error: booking.explain(why, doctor, query.date, query.period, en) })
    try {
      const patients = await readPatients()
      const self = pickPatient(patients)
      this.setData({ patients: patients, patientId: self ? self.id : '' })
      if (!patients.length) this.setData({ error: pick('请先在微信中添加就诊人。', 'Add a patient in WeChat first.') })
    } catch (e) {
      this.setData({ error: pick('挂号需要就诊人的真实姓名和身份证号，未授权无法挂号。', "Registration needs the patient's real name and ID number; without permission nothing can be booked.") })
    }
  },
  onPatient(e) {
    this.setData({ patientId: e.currentTarget.dataset.id })
  },
  async onPay() {
    let orderId = this.data.orderId
    if (!orderId) {
      const patient = pickPatient(this.data.patients, this.data.patientId)
      const created = await booking.createBooking(this.data.doctor, this.data.date, this.data.period, patient, isEnglish())
      orderId = created.order.orderId
      this.setData({ orderId: orderId })
    }
    wx.requestPayment({
      orderId: orderId,
      success: () => {
        appointments.markPaid(orderId)
        wx.redirectTo({ url: '/pages/result/result?orderId=' + orderId })
      },
      fail: () => this.setData({ error: pick('支付未完成，未扣款。可以再次点击支付。', 'The payment was not completed; nothing was charged. Tap pay to try again.') })
    })
  }
})
