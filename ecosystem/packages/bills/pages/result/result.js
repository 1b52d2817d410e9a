const orders = require('../../utils/orders.js')
const accounts = require('../../utils/accounts.js')
const topup = require('../../utils/topup.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

Page({
  data: { headline: '', detail: '', amountText: '' },
  onLoad(query) {
    const o = orders.get(query.orderId)
    if (!o) return this.setData({ headline: pick('没有找到这笔订单。', 'Order not found.') })
    const detail = o.kind === 'topup'
      ? pick('话费充值 ', 'Top-up ') + topup.maskPhone(o.phone)
      : accounts.label(accounts.view(accounts.raw(o.accountId)), isEnglish())
    const headline = o.status === 'paid' ? pick('支付成功', 'Paid') : o.status === 'refunded' ? pick('重复缴费，已退回', 'Duplicate payment refunded') : pick('未完成支付', 'Not paid')
    this.setData({ headline: headline, detail: detail, amountText: o.amount.toFixed(2) })
  },
  goHome() {
    wx.reLaunch({ url: '/pages/index/index' })
  }
})
