Component({
  properties: {},
  data: { showtimes: [], items: [], more: 0 },
  lifetimes: {
    attached () {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const r = (result && result.structuredContent) || result || {}
        const showtimes = r.showtimes || []
        const items = showtimes.slice(0, 4).map(s => ({
          showtimeId: s.showtimeId, date: s.date.slice(5), time: s.time, filmName: s.filmName, cinemaName: s.cinemaName,
          format: s.format, priceText: Number(s.prices.standard).toFixed(2),
          label: `${s.date} ${s.time}《${s.filmName}》${s.cinemaName}`
        }))
        this.setData({ showtimes, items, more: Math.max(0, showtimes.length - items.length) })
      })
    }
  },
  methods: {
    onPick (e) {
      const { id, label } = e.currentTarget.dataset
      wx.modelContext.sendFollowUpMessage({ content: [{ type: 'text', text: `我选这一场：${label}（场次 ${id}）` }] })
    }
  }
})
