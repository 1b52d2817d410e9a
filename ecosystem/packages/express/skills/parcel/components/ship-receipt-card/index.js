// The receipt after the payment decision (notifyShipment).
Component({
  data: { number: '', status: '', amount: 0, fromCityName: '', toCityName: '', weightKg: 0 },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData(result.structuredContent || {})
      })
    }
  }
})
