const STATUS = { created: '待支付', paid: '已预约', canceled: '已取消', refunded: '已取消·已退款' }

Component({
  properties: {},
  data: {
    orderId: '', status: '', statusText: '', date: '', time: '', endTime: '', city: '', addressId: '', addressText: '', contact: '',
    services: [], servicesText: '', amount: 0, amountText: '', refundedAmount: 0, refundText: '', note: ''
  },
  lifetimes: {
    attached () {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const r = (result && result.structuredContent) || result || {}
        this.setData({
          orderId: r.orderId || '', status: r.status || '', statusText: STATUS[r.status] || r.status || '',
          date: r.date || '', time: r.time || '', endTime: r.endTime || '', city: r.city || '',
          addressId: r.addressId || '', addressText: r.addressText || '', contact: r.contact || '',
          services: r.services || [], servicesText: (r.services || []).map(s => s.name).join(' + '),
          amount: r.amount || 0, amountText: Number(r.amount || 0).toFixed(2),
          refundedAmount: r.refundedAmount || 0, refundText: Number(r.refundedAmount || 0).toFixed(2), note: r.note || ''
        })
      })
    }
  }
})
