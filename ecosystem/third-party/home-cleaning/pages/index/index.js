const catalog = require('../../skills/cleaning-skill/data/catalog.json')

Page({
  data: { services: [], cities: '' },
  onLoad () {
    this.setData({
      services: catalog.services.map(s => ({ id: s.id, name: s.name, price: s.price.toFixed(2), desc: s.desc })),
      cities: catalog.cities.map(c => c.city).join(' · ')
    })
  },
  onCall (e) {
    wx.showToast({ title: `客服 ${catalog.cities[0].hotline}`, icon: 'none' })
  }
})
