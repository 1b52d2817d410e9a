const C = require('../../skills/class-booking/utils/common.js')

Page({
  data: { clubs: [], types: [], clubId: '', type: '', date: '', dates: [], classes: [] },
  onLoad(query) {
    const today = C.localParts(C.nowMs()).date
    const dates = Array.from(new Set(C.DATA.classes.map(c => c.date))).filter(d => d >= today)
    this.setData({
      clubs: C.DATA.clubs, types: C.DATA.classTypes, dates,
      clubId: (query && query.clubId) || '', type: (query && query.type) || '', date: (query && query.date) || dates[0] || ''
    })
    this.refresh()
  },
  onShow() { this.refresh() },
  refresh() {
    const now = C.nowMs()
    const bookings = C.readApp(C.BOOKINGS_KEY, {})
    const list = C.DATA.classes
      .filter(c => (!this.data.date || c.date === this.data.date) && (!this.data.clubId || c.club === this.data.clubId) && (!this.data.type || c.type === this.data.type))
      .map(c => C.classView(c, bookings, now))
      .filter(v => v.status !== 'closed')
    this.setData({ classes: list })
  },
  pickClub(e) { this.setData({ clubId: e.currentTarget.dataset.id }); this.refresh() },
  pickType(e) { this.setData({ type: e.currentTarget.dataset.code }); this.refresh() },
  pickDate(e) { this.setData({ date: e.currentTarget.dataset.date }); this.refresh() },
  openClass(e) { wx.navigateTo({ url: `/pages/book/book?classId=${e.currentTarget.dataset.id}` }) },
  openMine() { wx.navigateTo({ url: '/pages/mine/mine' }) }
})
