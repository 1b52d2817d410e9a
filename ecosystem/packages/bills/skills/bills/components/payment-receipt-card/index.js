// The receipt after the payment decision (notifyBillPayment).
Component({
  data: { kind: '', status: '', amount: 0, name: '', accountId: '', phone: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData(result.structuredContent || {})
      })
    }
  }
})
