// The bouquet list card, bound to searchBouquets. A tap asks for that bouquet's details as if
// the user had said it; the card itself never calls an API.
Component({
  data: { total: 0, bouquets: [], images: {} },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const content = result.structuredContent || {}
        this.setData({
          total: content.total || 0,
          bouquets: (content.bouquets || []).slice(0, 6),
          images: (result._meta && result._meta.images) || {}
        })
      })
    }
  },
  methods: {
    onPick(event) {
      const { id, name } = event.currentTarget.dataset
      wx.modelContext.sendFollowUpMessage({
        content: [
          { type: 'text', text: '看看' + name },
          { type: 'api/call', data: { name: 'getBouquetDetail', arguments: { bouquetId: id } } }
        ]
      })
    }
  }
})
