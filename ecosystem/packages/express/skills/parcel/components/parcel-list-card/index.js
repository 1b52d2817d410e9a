// The list of the user's parcels (listMyParcels); a tap asks for that parcel's tracking.
Component({
  data: { phone: '', parcels: [] },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const s = result.structuredContent || {}
        this.setData({ phone: s.phone || '', parcels: s.parcels || [] })
      })
    }
  },
  methods: {
    onTrack(e) {
      const number = e.currentTarget.dataset.number
      wx.modelContext.sendFollowUpMessage({ content: [
        { type: 'text', text: '查一下快递 ' + number },
        { type: 'api/call', data: { name: 'trackParcel', arguments: { number: number } } }
      ] })
    }
  }
})
