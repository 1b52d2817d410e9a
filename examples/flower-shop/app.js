App({
  onLaunch() {
    // the assistant hands a conversation over to a page (checkout, detail) through this hook
    wx.onAgentHandoff(({ path, query }) => {
      console.info('handoff to', path, query)
    })
  }
})
