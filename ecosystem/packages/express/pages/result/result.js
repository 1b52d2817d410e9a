const shipments = require('../../utils/shipments.js')
const { pick } = require('../../utils/i18n.js')

Page({
  data: { shipment: null, headline: '', priceText: '' },
  onLoad(query) {
    const s = shipments.findByOrder(query.orderId)
    if (!s) return this.setData({ headline: pick('没有找到这笔寄件订单。', 'This shipping order was not found.') })
    const headline = s.status === 'pending_pickup'
      ? pick('寄件成功，快递员将在 2 小时内上门揽收', 'Booked: a courier will pick it up within 2 hours')
      : s.status === 'canceled' ? pick('寄件已取消', 'Shipment canceled') : pick('等待支付', 'Awaiting payment')
    this.setData({ shipment: s, headline: headline, priceText: s.price.toFixed(2) })
  },
  onTrack() {
    wx.navigateTo({ url: '/pages/track/track?number=' + this.data.shipment.number })
  }
})
