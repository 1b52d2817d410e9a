const appointments = require('../../utils/appointments.js')
const { appointmentView } = require('../../utils/views.js')
const { pick } = require('../../utils/i18n.js')

Page({
  data: { appointment: null, headline: '' },
  onLoad(query) {
    const a = appointments.findByOrder(query.orderId)
    if (!a) return this.setData({ headline: pick('没有找到这笔挂号订单。', 'This registration was not found.') })
    const headline = a.status === 'booked' ? pick('挂号成功，请按时就诊', 'Booked: please arrive on time')
      : a.status === 'canceled' ? pick('预约已取消', 'Appointment canceled') : pick('等待支付', 'Awaiting payment')
    this.setData({ appointment: appointmentView(a), headline: headline })
  },
  goMine() {
    wx.redirectTo({ url: '/pages/mine/mine' })
  }
})
