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
    this.setData({ accounts: boundIds().map(accounts.raw).filter(Boolean).map(accounts.view) })
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
