// The receipt after the payment decision (notifyBillPayment).
Component({
  data: { kind: '', status: '', amount: 0, amountText: '', name: '', accountId: '', phone: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const s = result.structuredContent || {}
        this.setData(Object.assign({}, s, { amountText: Number(s.amount || 0).toFixed(2) }))
      })
    }
  }
})
