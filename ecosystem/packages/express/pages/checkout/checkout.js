const { quoteShipping, describeQuote } = require('../../utils/shipping.js')
const { normalizeRecipient } = require('../../utils/recipient.js')
const { createShipment } = require('../../utils/ship-order.js')
const shipments = require('../../utils/shipments.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: { quote: null, recipient: null, priceText: '', breakdown: '', orderId: '', error: '' },
  onLoad(query) {
    const priced = quoteShipping(query.from, query.to, query.weightKg)
    const recipient = normalizeRecipient({
      recipientName: decodeURIComponent(query.name || ''), recipientPhone: query.phone,
      recipientAddress: decodeURIComponent(query.address || '')
    })
    if (priced.error) return this.setData({ error: pick(priced.error.zh, priced.error.en) })
    if (recipient.missing.length) return this.setData({ error: pick('收件信息不完整，请返回修改。', 'The recipient details are incomplete; go back and fix them.') })
    this.setData({
      quote: priced.quote, recipient: recipient, priceText: priced.quote.price.toFixed(2),
      breakdown: describeQuote(priced.quote, isEnglish())
    })
  },
  async onPay() {
    let orderId = this.data.orderId
    if (!orderId) {
      const created = await createShipment(this.data.quote, this.data.recipient, isEnglish())
      orderId = created.order.orderId
      this.setData({ orderId: orderId })
    }
    wx.requestPayment({
      orderId: orderId,
      success: () => {
        shipments.markPaid(orderId)
        wx.redirectTo({ url: '/pages/result/result?orderId=' + orderId })
      },
      fail: () => this.setData({ error: pick('支付未完成，未扣款。可以再次点击支付。', 'The payment was not completed; nothing was charged. Tap pay to try again.') })
    })
  }
})
