Component({
  data: { bookings: [], credits: 0 },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const sc = (result && result.structuredContent) || {}
        this.setData({ bookings: (sc.bookings || []).slice(0, 3), credits: sc.packCredits || 0 })
      })
    }
  },
  methods: {
    onCancel(e) {
      const { id, label } = e.currentTarget.dataset
      wx.modelContext.getContext(this).sendFollowUpMessage({
        content: [
          { type: 'text', text: `取消这个预约：${label}` },
          { type: 'api/call', data: { name: 'cancelBooking', arguments: { bookingId: id } } }
        ]
      })
    }
  }
})
