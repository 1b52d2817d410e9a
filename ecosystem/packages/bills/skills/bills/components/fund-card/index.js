// The provident fund balance (getProvidentFund).
Component({
  data: { fund: {}, balanceText: '', monthlyText: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const fund = (result.structuredContent || {}).fund || {}
        this.setData({ fund: fund, balanceText: Number(fund.balance || 0).toFixed(2), monthlyText: Number(fund.monthlyDeposit || 0).toFixed(2) })
      })
    }
  }
})
