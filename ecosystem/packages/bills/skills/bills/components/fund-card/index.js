// The provident fund balance (getProvidentFund).
Component({
  data: { fund: {} },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData({ fund: (result.structuredContent || {}).fund || {} })
      })
    }
  }
})
