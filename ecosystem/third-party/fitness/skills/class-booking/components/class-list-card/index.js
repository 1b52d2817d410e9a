Component({
  data: { classes: [], total: 0 },
  lifetimes: {
    attached() {
      const ctx = wx.modelContext.getContext(this)
      ctx.on('result', ({ result }) => {
        const sc = (result && result.structuredContent) || {}
        this.setData({ classes: (sc.classes || []).slice(0, 4), total: sc.total || 0 })
      })
    }
  },
  methods: {
    onBook(e) {
      const { id, label } = e.currentTarget.dataset
      wx.modelContext.getContext(this).sendFollowUpMessage({
        content: [
          { type: 'text', text: `约这节：${label}` },
          { type: 'api/call', data: { name: 'bookClass', arguments: { classId: id } } }
        ]
      })
    }
  }
})
