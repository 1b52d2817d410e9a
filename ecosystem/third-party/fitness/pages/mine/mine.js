const C = require('../../skills/class-booking/utils/common.js')

Page({
  data: { bookings: [], credits: 0 },
  onShow() { this.refresh() },
  async refresh() {
    const now = C.nowMs()
    const { openid } = await wx.login()
    const all = C.readApp(C.BOOKINGS_KEY, {})
    const packs = C.readApp(C.PACKS_KEY, {})
    const list = Object.keys(all).map(k => all[k])
      .filter(b => b.openid === openid && (b.status === 'booked' || (b.status === 'pending' && C.holdsSeats(b, now))))
      .map(b => C.bookingView(b, now))
      .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start))
    this.setData({ bookings: list, credits: C.creditsLeft(packs, openid, now) })
  },
  async cancel(e) {
    const id = e.currentTarget.dataset.id
    const ok = await wx.showModal({ title: '取消预约', content: '开课前 2 小时以上取消，费用原路退回。确定取消吗？' })
    if (!ok || !ok.confirm) return
    const res = await require('../../skills/class-booking/apis/cancelBooking.js')({ bookingId: id })
    wx.showToast({ title: res.isError ? '取消失败' : '已取消', icon: 'none' })
    this.refresh()
  },
  buyPack() {
    wx.showToast({ title: '请在对话中说「买一张十次卡」', icon: 'none' })
  }
})
