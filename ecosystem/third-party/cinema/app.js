App({
  onLaunch () {
    this.globalData.brand = '星光影城'
  },
  globalData: { brand: '' }
})
