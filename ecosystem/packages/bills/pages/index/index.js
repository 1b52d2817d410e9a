const accounts = require('../../utils/accounts.js')
const { boundIds } = require('../../utils/bound.js')

Page({
  data: { accounts: [] },
  onLoad() {
    this.refresh()
  },
  onShow() {
    this.refresh()
  },
  refresh() {
    const list = boundIds().map(accounts.raw).filter(Boolean).map(accounts.view)
    this.setData({ accounts: list.map(function (v) { return Object.assign(v, { dueText: v.due.toFixed(2) }) }) })
  },
  onAccount(e) {
    wx.navigateTo({ url: '/pages/bill/bill?accountId=' + e.currentTarget.dataset.id })
  },
  goBind() {
    wx.navigateTo({ url: '/pages/bind/bind' })
  },
  goTopup() {
    wx.navigateTo({ url: '/pages/topup/topup' })
  },
  goFund() {
    wx.navigateTo({ url: '/pages/fund/fund' })
  }
})
