const catalog = require('../../utils/catalog.js')
const schedule = require('../../utils/schedule.js')
const dates = require('../../utils/dates.js')
const { isEnglish } = require('../../utils/i18n.js')

Page({
  data: { hospitalId: '', department: '', hospitalName: '', departmentName: '', date: '', days: [], doctors: [] },
  onLoad(query) {
    const h = catalog.hospital(query.hospitalId) || catalog.hospitalsIn()[0]
    const dep = catalog.departmentOf(query.department) || catalog.data.departments[0]
    const w = schedule.bookableWindow()
    const days = []
    for (let d = w.first; d <= w.last; d = dates.addDays(d, 1)) days.push({ date: d, label: dates.dateLabel(d, isEnglish()).slice(5) })
    this.setData({
      hospitalId: h.id, department: dep.code, days: days,
      hospitalName: isEnglish() ? h.nameEn : h.name, departmentName: isEnglish() ? dep.nameEn : dep.name
    })
    this.show(query.date && query.date >= w.first && query.date <= w.last ? query.date : w.first)
  },
  show(date) {
    const doctors = catalog.doctors({ hospitalIds: [this.data.hospitalId], department: this.data.department })
      .map(function (d) { return Object.assign(d, { slots: schedule.slotsOn(d, date) }) })
      .filter(function (d) { return d.slots.length > 0 })
    this.setData({ date: date, doctors: doctors })
  },
  onDay(e) {
    this.show(e.currentTarget.dataset.date)
  },
  onDoctor(e) {
    wx.navigateTo({ url: '/pages/doctor/doctor?doctorId=' + e.currentTarget.dataset.id })
  }
})
