// Orders of HomeBills (bills and top-ups), kept in app storage until the payment decision.
const accounts = require('./accounts.js')

const KEY = 'billOrders'

function all() {
  const map = wx.getAppStorageSync(KEY)
  return map && typeof map === 'object' ? map : {}
}

function get(orderId) {
  return all()[orderId]
}

function put(orderId, record) {
  const map = all()
  map[orderId] = record
  wx.setAppStorageSync(KEY, map)
}

function update(orderId, change) {
  const map = all()
  if (!map[orderId]) return undefined
  Object.assign(map[orderId], change)
  wx.setAppStorageSync(KEY, map)
  return map[orderId]
}

// The bill payment is captured: the bill of that period is settled, unless another order
// settled it first (then this one is to be refunded).
function settleBill(orderId, paidAt) {
  const o = get(orderId)
  const account = accounts.raw(o.accountId)
  const first = accounts.paymentFor(account)
  if (first) return { order: o, duplicate: first.orderId !== orderId }
  const paid = accounts.paidBills()
  paid[account.id] = { period: o.period, orderId: orderId, amount: o.amount, paidAt: paidAt }
  wx.setAppStorageSync('paidBills', paid)
  return { order: update(orderId, { status: 'paid' }), duplicate: false }
}

module.exports = { get, put, update, settleBill }
