// The confirmation card of shipParcel: shows the exact order; only the user's tap pays it.
Component({
  data: { orderId: '', amount: 0, amountText: '', quote: {}, recipient: {}, status: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const s = result.structuredContent || {}
        this.setData({ orderId: s.orderId, amount: s.amount, amountText: Number(s.amount || 0).toFixed(2), quote: s.quote || {}, recipient: s.recipient || {}, status: s.status })
      })
    }
  },
  methods: {
    onPay() {
      wx.requestPayment({
        orderId: this.data.orderId,
        success: () => this.setData({ status: 'paid' }),
        fail: () => wx.showToast({ title: '未支付 / not paid' })
      })
    }
  }
})
