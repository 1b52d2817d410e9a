// The tracking card: shows trackParcel's result.
Component({
  data: { parcel: null },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData({ parcel: (result.structuredContent || {}).parcel || null })
      })
    }
  }
})
