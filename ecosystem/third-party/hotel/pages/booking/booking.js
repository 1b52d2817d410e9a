const store = require('../../skills/booking/utils/bookings.js')
Page({
  data: { booking: null },
  onLoad(query) {
    if (typeof wx.onAgentHandoff === 'function') {
      wx.onAgentHandoff(({ query: q }) => { if (q && q.bookingId) this.load(q.bookingId) })
    }
    if (query && query.bookingId) this.load(query.bookingId)
  },
  async load(bookingId) { this.setData({ booking: await store.view(bookingId) }) },
  onPay() {
    const b = this.data.booking
    if (!b) return
    wx.requestPayment({
      orderId: b.bookingId,
      package: 'prepay_id=' + b.bookingId,
      success: () => { wx.showToast({ title: '支付成功' }); this.load(b.bookingId) },
      fail: () => { wx.showToast({ title: '未支付', icon: 'none' }) }
    })
  }
})
