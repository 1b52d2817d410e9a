const STATUS = { created: '待支付', paid: '已出票', canceled: '已取消', refunded: '已退票' }
const SEAT = { standard: '普通座', premium: '黄金座' }

Component({
  properties: {},
  data: {
    orderId: '', status: '', statusText: '', filmName: '', cinemaName: '', hall: '', date: '', time: '',
    seatType: '', seatTypeText: '', seats: [], seatsText: '', qty: 0, amount: 0, amountText: '', pickupCode: '', lines: []
  },
  lifetimes: {
    attached () {
      const ctx = wx.modelContext.getContext(this)
      ctx.on('result', ({ result }) => {
        const r = (result && result.structuredContent) || result || {}
        this.setData({
          orderId: r.orderId || '', status: r.status || '', statusText: STATUS[r.status] || r.status || '',
          filmName: r.filmName || '', cinemaName: r.cinemaName || '', hall: r.hall || '', date: r.date || '', time: r.time || '',
          seatType: r.seatType || '', seatTypeText: SEAT[r.seatType] || '', seats: r.seats || [], seatsText: (r.seats || []).join(' '),
          qty: r.qty || 0, amount: r.amount || 0, amountText: Number(r.amount || 0).toFixed(2), pickupCode: r.pickupCode || '', lines: r.lines || []
        })
      })
    }
  }
})
