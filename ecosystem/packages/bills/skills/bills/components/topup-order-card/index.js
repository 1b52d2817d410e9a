// The confirmation card of mobileTopUp: the exact number and amount; only the user's tap pays it.
Component({
  data: { orderId: '', amount: 0, amountText: '', status: '', phone: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const s = result.structuredContent || {}
        this.setData({ orderId: s.orderId || '', amount: s.amount, amountText: Number(s.amount || 0).toFixed(2), status: s.status, phone: s.phone || '' })
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
