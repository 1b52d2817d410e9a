// Called by the hub after the user decided on a bill or top-up order. Settles the bill (or
// refunds a second payment of the same bill) and completes the top-up. Never called by the model.
const orders = require('../../../utils/orders.js')
const accounts = require('../../../utils/accounts.js')
const topup = require('../../../utils/topup.js')
const { completePayment } = require('../../../utils/complete.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

function paid(o, orderId, en) {
  if (o.kind === 'topup') {
    return ok(en
      ? 'Payment received: ¥' + o.amount.toFixed(2) + ' top-up for ' + topup.maskPhone(o.phone) + ', credited within 10 minutes. Show the receipt card.'
      : '支付成功，已为 ' + topup.maskPhone(o.phone) + ' 充值话费 ' + o.amount.toFixed(2) + ' 元，预计 10 分钟内到账。请展示缴费凭证卡片。',
    { orderId: orderId, kind: 'topup', amount: o.amount, phone: topup.maskPhone(o.phone), status: 'paid' })
  }
  const v = accounts.view(accounts.raw(o.accountId))
  if (o.status === 'refunded') {
    return ok(en
      ? 'This bill of ' + accounts.label(v, true) + ' had already been paid by another order, so this payment of ¥' + o.refunded.toFixed(2) + ' goes back to the original payment method.'
      : accounts.label(v, false) + ' 的这期账单已由另一笔订单缴清，本次支付的 ' + o.refunded.toFixed(2) + ' 元将原路退回。',
    { orderId: orderId, kind: 'bill', amount: o.amount, accountId: o.accountId, name: v.name, status: 'refunded' })
  }
  return ok(en
    ? 'Payment received: ¥' + o.amount.toFixed(2) + ' paid for ' + accounts.label(v, true) + ', period ' + o.period + '; nothing is due now. Show the receipt card.'
    : '支付成功，已缴纳' + accounts.label(v, false) + ' ' + o.period + ' 期费用 ' + o.amount.toFixed(2) + ' 元，当前无欠费。请展示缴费凭证卡片。',
  { orderId: orderId, kind: 'bill', amount: o.amount, accountId: o.accountId, name: v.name, status: 'paid' })
}

module.exports = async function notifyBillPayment(args) {
  const en = isEnglish()
  const o = orders.get(args.orderId)
  if (!o) {
    return fail(en ? 'Order ' + args.orderId + ' is not a HomeBills order; nothing was changed.' : '订单 ' + args.orderId + ' 不是生活缴费的订单，未做任何处理。')
  }
  const order = await wx.getOrder(args.orderId)
  if (args.status === 'paid' && order.status === 'paid') return paid(await completePayment(args.orderId), args.orderId, en)
  if (args.status === 'canceled' && order.status !== 'paid') {
    orders.update(args.orderId, { status: 'canceled' })
    return ok(en ? 'The order was canceled and nothing was charged. The user can pay later any time.' : '订单已取消，未扣款。需要时可以随时重新缴费。', { orderId: args.orderId, kind: o.kind, amount: o.amount, status: 'canceled' })
  }
  return fail(en
    ? 'The payment service reports order ' + args.orderId + ' as ' + order.status + ', not "' + args.status + '"; nothing was changed.'
    : '支付服务显示订单 ' + args.orderId + ' 的状态为 ' + order.status + '，与通知的「' + args.status + '」不符，未做任何处理。')
}
