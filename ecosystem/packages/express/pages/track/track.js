const { findParcel, normalizeNumber } = require('../../utils/parcels.js')
const { pick } = require('../../utils/i18n.js')

Page({
  data: { parcel: null, notFound: false, message: '' },
  onLoad(query) {
    const number = normalizeNumber(query.number)
    const parcel = findParcel(number)
    if (parcel) this.setData({ parcel: parcel, notFound: false })
    else this.setData({ notFound: true, message: pick('没有查到单号 ' + number + ' 的物流信息，请核对单号。', 'No tracking record for ' + number + '; check the number.') })
  },
  goBack() {
    wx.navigateBack()
  }
})
