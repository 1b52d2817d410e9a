const accounts = require('../../utils/accounts.js')
const { bind } = require('../../utils/bound.js')
const { isEnglish, pick } = require('../../utils/i18n.js')

const KINDS = ['electricity', 'water', 'gas']

Page({
  data: { kindNames: KINDS.map(function (k) { return accounts.KINDS[k].name + ' ' + accounts.KINDS[k].nameEn }), kindIndex: 0, number: '', error: '', message: '' },
  onKind(e) {
    this.setData({ kindIndex: Number(e.detail.value), error: '' })
  },
  onInput(e) {
    this.setData({ number: e.detail.value, error: '' })
  },
  onSubmit(e) {
    const number = String((e && e.detail && e.detail.value && e.detail.value.number) || this.data.number).trim()
    const kind = KINDS[this.data.kindIndex]
    const account = accounts.byNumber(kind, number)
    if (!account) return this.setData({ error: pick('没有查到这个户号，请核对缴费单。', 'No such account; check the number on the bill.') })
    bind(account.id)
    const v = accounts.view(account)
    this.setData({ message: pick('已绑定 ', 'Bound ') + accounts.label(v, isEnglish()) })
    wx.navigateTo({ url: '/pages/bill/bill?accountId=' + account.id })
  }
})
