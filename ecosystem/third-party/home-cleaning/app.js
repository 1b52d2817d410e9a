App({
  onLaunch () {},
  globalData: {}
})
