// Paying a bill: exactly the amount due for its period, as one line whose ref is the account id.
const accounts = require('./accounts.js')
const orders = require('./orders.js')

async function createBillOrder(account, english, notifyApi) {
  const v = accounts.view(account)
  const draft = {
    title: english ? 'HomeBills ' + v.kindNameEn : '生活缴费 ' + v.kindName,
    amount: v.due,
    lines: [{
      ref: account.id, qty: 1, unitPrice: v.due,
      name: english ? v.nameEn + ' ' + v.period + ' (account ' + v.number + ')' : v.name + ' ' + v.period + ' 期（户号 ' + v.number + '）'
    }]
  }
  if (notifyApi) draft.notifyApi = notifyApi
  const order = await wx.createOrder(draft)
  const { openid } = await wx.login()
  orders.put(order.orderId, { kind: 'bill', accountId: account.id, period: account.period, amount: v.due, openid: openid, status: 'created' })
  return { order: order, view: v }
}

module.exports = { createBillOrder }
