// Doctors found by listDoctors; a tap on one with a free slot books it (the user's own choice).
Component({
  data: { doctors: [] },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        this.setData({ doctors: (result.structuredContent || {}).doctors || [] })
      })
    }
  },
  methods: {
    onChoose(e) {
      const d = this.data.doctors[e.currentTarget.dataset.index]
      if (!d) return
      const content = [{ type: 'text', text: '我选' + d.name + '医生' }]
      if (d.date && d.period && !d.full) {
        content.push({ type: 'api/call', data: { name: 'bookAppointment', arguments: { doctorId: d.id, date: d.date, period: d.period } } })
      } else {
        content.push({ type: 'api/call', data: { name: 'getDoctorSchedule', arguments: { doctorId: d.id } } })
      }
      wx.modelContext.sendFollowUpMessage({ content: content })
    }
  }
})
