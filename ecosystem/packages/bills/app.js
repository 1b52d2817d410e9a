App({
  onLaunch() {
    this.globalData = { language: wx.getSystemInfoSync().language }
  },
  globalData: {}
})
