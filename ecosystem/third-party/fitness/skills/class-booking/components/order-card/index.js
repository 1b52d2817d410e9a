Component({
  data: { kind: '', title: '', sub: '', amount: 0, orderId: '', paid: false, paidWithPack: false, expired: false },
  lifetimes: {
    attached() {
      const ctx = wx.modelContext.getContext(this)
      ctx.on('result', ({ result }) => {
        const sc = (result && result.structuredContent) || {}
        if (sc.pack) {
          this.setData({ kind: 'pack', title: sc.pack.name, sub: `${sc.pack.credits} 次 · ${sc.pack.validDays} 天有效 · 全门店通用`,
            amount: sc.order.amount, orderId: sc.order.orderId })
        } else if (sc.booking) {
          const b = sc.booking
          this.setData({ kind: 'class', title: `${b.clubName} ${b.typeName}`, sub: `${b.date} ${b.weekday} ${b.start}-${b.end} · ${b.coachName} · ${b.people} 人`,
            amount: sc.order ? sc.order.amount : 0, orderId: sc.order ? sc.order.orderId : '', paidWithPack: !sc.order })
        }
      })
      ctx.on('expire', () => this.setData({ expired: true }))
    }
  },
  methods: {
    onPay() {
      if (!this.data.orderId || this.data.expired) return
      if (typeof wx.requestPayment !== 'function') return
      wx.requestPayment({
        orderId: this.data.orderId,
        success: () => this.setData({ paid: true }),
        fail: () => {}
      })
    }
  }
})
