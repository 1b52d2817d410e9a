Component({
  data: { bookingId: '', hotelName: '', roomName: '', checkIn: '', checkOut: '', nights: 0, rooms: 1, guests: 1, breakfast: false, total: 0, freeCancelUntil: '', status: 'unpaid' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const d = (result && result.structuredContent) || {}
        this.setData({
          bookingId: d.bookingId, hotelName: d.hotelName, roomName: d.roomName, checkIn: d.checkIn, checkOut: d.checkOut,
          nights: d.nights, rooms: d.rooms, guests: d.guests, breakfast: d.breakfast, total: d.total,
          freeCancelUntil: String(d.freeCancelUntil || '').replace('T', ' ').slice(0, 16), status: d.status
        })
      })
    }
  },
  methods: {
    onPay() {
      const bookingId = this.data.bookingId
      wx.requestPayment({
        orderId: bookingId,
        package: 'prepay_id=' + bookingId,
        success: () => {
          this.setData({ status: 'paid' })
          wx.modelContext.sendFollowUpMessage({ content: [
            { type: 'text', text: '我已经付好了，看下预订状态' },
            { type: 'api/call', data: { name: 'listMyBookings', arguments: { bookingId } } }
          ] })
        },
        fail: () => wx.showToast({ title: '支付未完成', icon: 'none' })
      })
    },
    onDecline() {
      const bookingId = this.data.bookingId
      wx.modelContext.sendFollowUpMessage({ content: [
        { type: 'text', text: '不订了，取消这个预订' },
        { type: 'api/call', data: { name: 'cancelBooking', arguments: { bookingId } } }
      ] })
    }
  }
})
