const orders = require('../../skills/pharmacy/utils/orders.js')
Page({
  data: { order: null },
  onLoad(query) {
    if (typeof wx.onAgentHandoff === 'function') {
      wx.onAgentHandoff(({ query: q }) => { if (q && q.orderId) this.load(q.orderId) })
    }
    if (query && query.orderId) this.load(query.orderId)
  },
  async load(orderId) {
    const order = await orders.view(orderId)
    this.setData({ order })
  },
  onPay() {
    const order = this.data.order
    if (!order) return
    wx.requestPayment({
      orderId: order.platformOrderId,
      package: 'prepay_id=' + order.platformOrderId,
      success: () => { wx.showToast({ title: '支付成功' }); this.load(order.orderId) },
      fail: () => { wx.showToast({ title: '未支付', icon: 'none' }) }
    })
  }
})
