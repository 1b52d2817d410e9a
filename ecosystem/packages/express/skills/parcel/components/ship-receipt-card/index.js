// The receipt after the payment decision (notifyShipment).
Component({
  data: { number: '', status: '', amount: 0, amountText: '', fromCityName: '', toCityName: '', weightKg: 0 },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const s = result.structuredContent || {}
        this.setData(Object.assign({}, s, { amountText: Number(s.amount || 0).toFixed(2) }))
      })
    }
  }
})
