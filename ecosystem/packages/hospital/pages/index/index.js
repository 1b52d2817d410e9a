const catalog = require('../../utils/catalog.js')

Page({
  data: { hospitals: [] },
  onLoad() {
    this.setData({ hospitals: catalog.hospitalsIn() })
  },
  onDepartment(e) {
    const { hospital, department } = e.currentTarget.dataset
    wx.navigateTo({ url: '/pages/doctors/doctors?hospitalId=' + hospital + '&department=' + department })
  },
  goMine() {
    wx.navigateTo({ url: '/pages/mine/mine' })
  }
})
