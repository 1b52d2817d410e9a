const appointments = require('../../utils/appointments.js')
const { appointmentView } = require('../../utils/views.js')
const { cancelAppointment } = require('../../utils/cancel.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: { appointments: [], message: '' },
  async onLoad() {
    await this.refresh()
  },
  async refresh() {
    const { openid } = await wx.login()
    const list = appointments.listFor(openid).map(appointmentView).sort(function (a, b) { return (b.date + b.period).localeCompare(a.date + a.period) })
    this.setData({ appointments: list })
  },
  async onCancel(e) {
    const { openid } = await wx.login()
    const done = await cancelAppointment(e.currentTarget.dataset.id, openid, isEnglish())
    this.setData({ message: done.error || pick('已取消，挂号费 ' + done.refunded.toFixed(2) + ' 元将原路退回。', 'Canceled; the ¥' + done.refunded.toFixed(2) + ' fee will be refunded.') })
    await this.refresh()
  }
})
