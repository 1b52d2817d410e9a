const accounts = require('../../utils/accounts.js')
const { isBound } = require('../../utils/bound.js')
const { createBillOrder } = require('../../utils/bill-order.js')
const { completePayment } = require('../../utils/complete.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: { account: null, dueText: '', amountText: '', orderId: '', error: '' },
  onLoad(query) {
    const raw = accounts.raw(query.accountId)
    if (!raw || !isBound(query.accountId)) return this.setData({ error: pick('没有找到这个户号，请先绑定。', 'Account not found; bind it first.') })
    const v = accounts.view(raw)
    this.setData({ account: v, dueText: accounts.dueText(v, isEnglish()), amountText: v.due.toFixed(2) })
  },
  async onPay() {
    let orderId = this.data.orderId
    if (!orderId) {
      const created = await createBillOrder(accounts.raw(this.data.account.id), isEnglish())
      orderId = created.order.orderId
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
