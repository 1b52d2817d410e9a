const topup = require('../../utils/topup.js')
const { completePayment } = require('../../utils/complete.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: { phone: '', amounts: topup.AMOUNTS, amount: topup.AMOUNTS[1], orderId: '', error: '' },
  onInput(e) {
    this.setData({ phone: e.detail.value, error: '', orderId: '' })
  },
  onAmount(e) {
    this.setData({ amount: Number(e.currentTarget.dataset.amount), error: '', orderId: '' })
  },
  async onMyPhone() {
    try {
      const read = await wx.getPhoneNumber()
      this.setData({ phone: read.phoneNumber, error: '', orderId: '' })
    } catch (e) {
      this.setData({ error: pick('没有获得手机号授权，请手动输入号码。', 'No permission to read your number; type it in.') })
    }
  },
  async onPay() {
    const bad = topup.checkPhone(this.data.phone).error || topup.checkAmount(this.data.amount).error
    if (bad) return this.setData({ error: pick(bad.zh, bad.en) })
    let orderId = this.data.orderId
    if (!orderId) {
      const order = await topup.createTopup(this.data.amount, this.data.phone, isEnglish())
      orderId = order.orderId
      this.setData({ orderId: orderId })
    }
    wx.requestPayment({
      orderId: orderId,
      success: () => {
        completePayment(orderId).then(() => wx.redirectTo({ url: '/pages/result/result?orderId=' + orderId }))
      },
      fail: () => this.setData({ error: pick('支付未完成，未扣款。', 'The payment was not completed; nothing was charged.') })
    })
  }
})
