Component({
  data: { ok: false, title: '', sub: '' },
  lifetimes: {
    attached() {
      wx.modelContext.getContext(this).on('result', ({ result }) => {
        const sc = (result && result.structuredContent) || {}
        const b = sc.booking
        if (sc.kind === 'pack') {
          this.setData({ ok: sc.status === 'paid', title: sc.status === 'paid' ? '次卡已到账' : '次卡订单已取消',
            sub: sc.status === 'paid' ? `剩余 ${sc.packCredits} 次` : '未扣款' })
        } else if (b) {
          this.setData({ ok: sc.status === 'paid', title: sc.status === 'paid' ? '约课成功' : (sc.status === 'refunded' ? '已自动退款' : '订单已取消'),
            sub: `${b.date} ${b.weekday} ${b.start} ${b.clubName}${b.typeName} · ${b.people} 人` })
        }
      })
    }
  }
})
