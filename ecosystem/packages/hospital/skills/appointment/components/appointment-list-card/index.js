// The user's appointments (listMyAppointments); a tap on cancel asks to cancel that one.
Component({
  data: { appointments: [] },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData({ appointments: (result.structuredContent || {}).appointments || [] })
      })
    }
  },
  methods: {
    onCancel(e) {
      const id = e.currentTarget.dataset.id
      wx.modelContext.sendFollowUpMessage({ content: [
        { type: 'text', text: '取消预约 ' + id },
        { type: 'api/call', data: { name: 'cancelAppointment', arguments: { appointmentId: id } } }
      ] })
    }
  }
})
