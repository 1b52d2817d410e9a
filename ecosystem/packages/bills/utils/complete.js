// What happens once a HomeBills order is paid, from a card or a page: a top-up is done; a bill is
// settled, or refunded when another order already settled that period.
const orders = require('./orders.js')
const { chinaNow } = require('./clock.js')

async function completePayment(orderId) {
  const o = orders.get(orderId)
  if (!o) return undefined
  if (o.kind === 'topup') return orders.update(orderId, { status: 'paid' })
  const settled = orders.settleBill(orderId, chinaNow())
  if (!settled.duplicate) return settled.order
  if (o.status === 'refunded') return o
  const refund = await wx.refundOrder({ orderId: orderId, amount: o.amount, reason: 'bill already paid' })
  return orders.update(orderId, { status: 'refunded', refunded: refund.amount })
}

module.exports = { completePayment }
