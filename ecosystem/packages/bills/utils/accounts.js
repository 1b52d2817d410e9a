// Utility accounts of data/bills.json and what is due on them now: the bill's amount for its
// period, unless a payment for that period was captured here.
const data = require('../data/bills.json')

const KINDS = {
  electricity: { name: '电费', nameEn: 'electricity bill', aliases: ['电费', '电力', '交电费', 'electricity', 'electric', 'power'] },
  water: { name: '水费', nameEn: 'water bill', aliases: ['水费', '自来水', '交水费', 'water'] },
  gas: { name: '燃气费', nameEn: 'gas bill', aliases: ['燃气费', '燃气', '煤气', '天然气', 'gas'] }
}

function raw(id) {
  return data.accounts.find(function (a) { return a.id === id })
}

function byNumber(kind, number) {
  const key = String(number || '').replace(/\s/g, '')
  return data.accounts.find(function (a) { return a.kind === kind && a.number === key })
}

function paidBills() {
  const paid = wx.getAppStorageSync('paidBills')
  return paid && typeof paid === 'object' ? paid : {}
}

function paymentFor(account) {
  const p = paidBills()[account.id]
  return p && p.period === account.period ? p : undefined
}

function dueOf(account) {
  return paymentFor(account) ? 0 : account.due
}

function maskName(name) {
  const chars = Array.from(String(name || ''))
  return chars.length ? chars[0] + '*'.repeat(Math.max(1, chars.length - 1)) : ''
}

function view(a) {
  const kind = KINDS[a.kind]
  const due = dueOf(a)
  const payment = paymentFor(a)
  return {
    id: a.id, name: a.company + ' ' + kind.name, nameEn: a.companyEn + ' ' + kind.nameEn,
    aliases: kind.aliases.concat([a.number]), kind: a.kind, kindName: kind.name, kindNameEn: kind.nameEn,
    company: a.company, companyEn: a.companyEn, number: a.number, holder: maskName(a.holder), address: a.address,
    period: a.period, due: due, status: due > 0 ? 'due' : payment ? 'paid' : 'nothing_due'
  }
}

function dueText(v, english) {
  if (v.due > 0) return english ? '¥' + v.due.toFixed(2) + ' due for ' + v.period : v.period + ' 期应缴 ' + v.due.toFixed(2) + ' 元'
  if (v.status === 'paid') return english ? v.period + ' already paid, nothing due' : v.period + ' 期已缴清，无需缴费'
  return english ? 'nothing due for ' + v.period : v.period + ' 期无欠费，无需缴费'
}

function label(v, english) {
  return english ? v.nameEn + ' (account ' + v.number + ')' : v.name + '（户号 ' + v.number + '）'
}

module.exports = { KINDS, raw, byNumber, view, dueOf, dueText, label, paidBills, paymentFor }
