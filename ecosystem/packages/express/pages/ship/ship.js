const { CITIES } = require('../../utils/cities.js')
const { quoteShipping, describeQuote } = require('../../utils/shipping.js')
const { normalizeRecipient } = require('../../utils/recipient.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: {
    cityNames: CITIES.map(function (c) { return c.name + ' ' + c.nameEn }),
    fromIndex: 0, toIndex: 1, weightKg: '', recipientName: '', recipientPhone: '', recipientAddress: '',
    quoteText: '', error: ''
  },
  onLoad(query) {
    const index = function (code, fallback) {
      const i = CITIES.findIndex(function (c) { return c.code === code })
      return i >= 0 ? i : fallback
    }
    this.setData({ fromIndex: index(query.from, 0), toIndex: index(query.to, 1), weightKg: query.weightKg || '' })
    this.refreshQuote()
  },
  onPick(e) {
    this.setData({ [e.currentTarget.dataset.field]: Number(e.detail.value), error: '' })
    this.refreshQuote()
  },
  onInput(e) {
    this.setData({ [e.currentTarget.dataset.field]: e.detail.value, error: '' })
    if (e.currentTarget.dataset.field === 'weightKg') this.refreshQuote()
  },
  priced() {
    return quoteShipping(CITIES[this.data.fromIndex].code, CITIES[this.data.toIndex].code, this.data.weightKg)
  },
  refreshQuote() {
    const priced = this.data.weightKg === '' ? {} : this.priced()
    this.setData({ quoteText: priced.quote ? describeQuote(priced.quote, isEnglish()) : '' })
  },
  onSubmit(e) {
    const values = Object.assign({}, this.data, (e && e.detail && e.detail.value) || {})
    this.setData(values)
    const priced = this.priced()
    if (priced.error) return this.setData({ error: pick(priced.error.zh, priced.error.en) })
    const recipient = normalizeRecipient(values)
    if (recipient.missing.length) {
      return this.setData({ error: pick('请填写收件人姓名、11 位手机号和详细地址。', "Fill in the recipient's name, 11-digit mobile number and full address.") })
    }
    const q = priced.quote
    wx.navigateTo({
      url: '/pages/checkout/checkout?from=' + q.fromCity + '&to=' + q.toCity + '&weightKg=' + q.weightKg +
        '&name=' + encodeURIComponent(recipient.name) + '&phone=' + recipient.phone + '&address=' + encodeURIComponent(recipient.address)
    })
  }
})
