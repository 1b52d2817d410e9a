App({
  onLaunch() {}
})
