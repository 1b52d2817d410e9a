const { parcelsFor } = require('../../utils/parcels.js')
const { maskPhone } = require('../../utils/recipient.js')
const { pick } = require('../../utils/i18n.js')

Page({
  data: { phone: '', parcels: [], denied: false, loaded: false, message: '' },
  async onLoad() {
    try {
      const read = await wx.getPhoneNumber()
      const { openid } = await wx.login()
      this.setData({ phone: maskPhone(read.phoneNumber), parcels: parcelsFor(read.phoneNumber, openid), loaded: true })
    } catch (error) {
      this.setData({ denied: true, message: pick('没有手机号授权，无法列出您的快递。可以输入快递单号查询。', 'Without your phone number your parcels cannot be listed. You can track a parcel by its number.') })
    }
  },
  onOpen(e) {
    wx.navigateTo({ url: '/pages/track/track?number=' + e.currentTarget.dataset.number })
  },
  goTrack() {
    wx.navigateTo({ url: '/pages/index/index' })
  }
})
