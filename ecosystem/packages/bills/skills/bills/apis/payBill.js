// Pays the current bill of a bound account: exactly the amount due, nothing when nothing is due.
const accounts = require('../../../utils/accounts.js')
const { isBound } = require('../../../utils/bound.js')
const { createBillOrder } = require('../../../utils/bill-order.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function payBill(args) {
  const en = isEnglish()
  const account = accounts.raw(args.accountId)
  if (!account || !isBound(args.accountId)) {
    return fail(en ? 'Account ' + args.accountId + ' is not one of your bound accounts. Look them up with listBillAccounts, or bind one with bindBillAccount first.' : '户号 ' + args.accountId + ' 不在您绑定的账户中。请先用 listBillAccounts 查看，或用 bindBillAccount 绑定。')
  }
  const v = accounts.view(account)
  if (v.due <= 0) {
    return ok(en
      ? accounts.label(v, true) + ': ' + accounts.dueText(v, true) + '; nothing was charged. Tell the user there is nothing to pay.'
      : accounts.label(v, false) + '：' + accounts.dueText(v, false) + '，未产生扣款。请告知用户无需缴费。', { account: v, amount: 0, status: v.status })
  }
  const created = await createBillOrder(account, en, 'notifyBillPayment')
  return ok(en
    ? 'Payment order created: ' + accounts.label(v, true) + ', ' + v.period + ', ¥' + v.due.toFixed(2) + ' (the full amount due). Show the payment confirmation card and ask the user to check the account and amount before paying.'
    : '已生成缴费订单：' + accounts.label(v, false) + '，' + v.period + ' 期，应缴 ' + v.due.toFixed(2) + ' 元（按账单全额缴纳）。请展示缴费确认卡片，并引导用户核对户号和金额后确认支付。',
  { orderId: created.order.orderId, amount: v.due, status: 'awaiting_payment', account: v })
}
