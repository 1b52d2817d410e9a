const C = require('../../skills/class-booking/utils/common.js')

Page({
  data: { cls: null, people: 1, total: 0, orderId: '', message: '' },
  onLoad(query) {
    if (typeof wx.onAgentHandoff === 'function') {
      wx.onAgentHandoff(({ query: q, payload }) => {
        const id = (payload && payload.booking && payload.booking.classId) || (q && String(q).replace(/^.*classId=([^&]+).*$/, '$1'))
        if (id) this.show(id, payload && payload.order && payload.order.orderId)
      })
    }
    if (query && query.classId) this.show(query.classId, query.orderId)
  },
  show(classId, orderId) {
    const cls = C.classById(classId)
    if (!cls) { this.setData({ message: '没有这节课' }); return }
    const v = C.classView(cls, C.readApp(C.BOOKINGS_KEY, {}), C.nowMs())
    this.setData({ cls: v, total: v.price * this.data.people, orderId: orderId || '' })
  },
  minus() { if (this.data.people > 1) this.setPeople(this.data.people - 1) },
  plus() { if (this.data.people < C.DATA.rules.maxPeoplePerBooking) this.setPeople(this.data.people + 1) },
  setPeople(n) { this.setData({ people: n, total: this.data.cls ? this.data.cls.price * n : 0 }) },
  async submit() {
    const v = this.data.cls
    if (!v || v.status !== 'open') return
    if (!this.data.orderId) {
      if (typeof wx.createOrder !== 'function') {
        wx.showToast({ title: '请在对话中让助手帮你约课', icon: 'none' })
        return
      }
      const book = require('../../skills/class-booking/apis/bookClass.js')
      const res = await book({ classId: v.classId, people: this.data.people })
      if (res.isError) { wx.showModal({ title: '没约上', content: res.content[0].text, showCancel: false }); return }
      this.setData({ orderId: res.structuredContent.order.orderId })
    }
    wx.requestPayment({
      orderId: this.data.orderId,
      success: () => wx.redirectTo({ url: '/pages/mine/mine' }),
      fail: () => wx.showToast({ title: '未支付', icon: 'none' })
    })
  }
})
