// The checkout page: where a user who opened the order pays it. Payment is allowed here
// because the user tapped the button; API code can only create the order.
const book = require('../../lib/order-book.js')

Page({
  data: { order: null, slotLabel: '', statusLabel: '' },
  onLoad(query) {
    this.show(query && query.orderId)
    wx.onAgentHandoff(({ query: handoffQuery }) => {
      const match = /(?:^|&)orderId=([^&]+)/.exec(handoffQuery || '')
      if (match) this.show(decodeURIComponent(match[1]))
    })
  },
  show(orderId) {
    const order = orderId ? book.findOrder(orderId) : undefined
    if (!order) return this.setData({ order: null })
    this.setData({ order, slotLabel: book.slotLabel(order.timeSlot), statusLabel: book.STATUS_LABELS[order.status] })
  },
  onPay() {
    const order = this.data.order
    wx.requestPayment({
      orderId: order.orderId,
      success: () => {
        wx.showToast({ title: '支付成功' })
        this.show(order.orderId)
      },
      fail: (error) => {
        wx.showToast({ title: '未支付：' + error.errMsg, icon: 'none' })
      }
    })
  }
})
