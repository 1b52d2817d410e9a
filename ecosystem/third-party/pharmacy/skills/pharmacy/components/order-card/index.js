Component({
  data: { orderId: '', storeId: '', storeName: '', fulfilment: 'pickup', address: '', lines: [], goods: 0, deliveryFee: 0, discount: 0, total: 0, status: 'unpaid' },
  lifetimes: {
    attached() {
      const ctx = wx.modelContext.getContext(this)
      ctx.on('result', ({ result }) => {
        const d = (result && result.structuredContent) || {}
        this.setData({
          orderId: d.orderId, storeId: d.storeId, storeName: d.storeName, fulfilment: d.fulfilment, address: d.address,
          lines: d.lines || [], goods: d.goods, deliveryFee: d.deliveryFee, discount: d.discount, total: d.total, status: d.status
        })
      })
    }
  },
  methods: {
    onPay() {
      const orderId = this.data.orderId
      wx.requestPayment({
        orderId,
        package: 'prepay_id=' + orderId,
        success: () => {
          this.setData({ status: 'paid' })
          wx.modelContext.sendFollowUpMessage({ content: [
            { type: 'text', text: '我已支付，帮我看看订单状态' },
            { type: 'api/call', data: { name: 'getOrderStatus', arguments: { orderId } } }
          ] })
        },
        fail: () => {
          wx.showToast({ title: '支付未完成', icon: 'none' })
        }
      })
    },
    onDecline() {
      const orderId = this.data.orderId
      wx.modelContext.sendFollowUpMessage({ content: [
        { type: 'text', text: '先不买了，取消这个订单' },
        { type: 'api/call', data: { name: 'cancelOrder', arguments: { orderId } } }
      ] })
    }
  }
})
