// The registration receipt after the payment decision (notifyAppointment).
Component({
  data: { appointment: {} },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData({ appointment: (result.structuredContent || {}).appointment || {} })
      })
    }
  }
})
