const catalog = require('../../utils/catalog.js')
const schedule = require('../../utils/schedule.js')
const booking = require('../../utils/booking.js')
const dates = require('../../utils/dates.js')
const { isEnglish } = require('../../utils/i18n.js')

Page({
  data: { doctor: null, slots: [] },
  onLoad(query) {
    const doctor = catalog.doctor(query.doctorId)
    if (!doctor) return
    const w = schedule.bookableWindow()
    const slots = []
    for (let d = w.first; d <= w.last; d = dates.addDays(d, 1)) {
      schedule.slotsOn(doctor, d).forEach(function (s) {
        slots.push(Object.assign(s, { key: s.date + s.period, label: booking.slotLabel(s.date, s.period, isEnglish()) }))
      })
    }
    this.setData({ doctor: doctor, slots: slots })
  },
  onSlot(e) {
    const { date, period } = e.currentTarget.dataset
    wx.navigateTo({ url: '/pages/book/book?doctorId=' + this.data.doctor.id + '&date=' + date + '&period=' + period })
  }
})
