const { normalizeNumber } = require('../../utils/parcels.js')
const { pick } = require('../../utils/i18n.js')

Page({
  data: { number: '', error: '' },
  onInput(e) {
    this.setData({ number: e.detail.value, error: '' })
  },
  onTrack(e) {
    const number = normalizeNumber((e && e.detail && e.detail.value && e.detail.value.number) || this.data.number)
    if (!/^[A-Z]{2,4}\d{8,14}$/.test(number)) {
      this.setData({ error: pick('请输入正确的快递单号：字母加数字，如 SF1234567890', 'Enter a tracking number: letters then digits, e.g. SF1234567890') })
      return
    }
    wx.navigateTo({ url: '/pages/track/track?number=' + number })
  },
  goMine() {
    wx.navigateTo({ url: '/pages/mine/mine' })
  },
  goShip() {
    wx.navigateTo({ url: '/pages/ship/ship' })
  }
})
