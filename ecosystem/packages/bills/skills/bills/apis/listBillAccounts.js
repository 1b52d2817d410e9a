// The bill accounts the user bound, with what is due on each now.
const accounts = require('../../../utils/accounts.js')
const { boundIds } = require('../../../utils/bound.js')
const { ok } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function listBillAccounts(args) {
  const en = isEnglish()
  const all = boundIds().map(accounts.raw).filter(Boolean).map(accounts.view)
  const list = all.filter(function (v) { return !args.kind || v.kind === args.kind })
  if (!list.length) {
    const kind = args.kind ? accounts.KINDS[args.kind] : undefined
    const others = all.map(function (v) { return en ? v.kindNameEn : v.kindName })
    const fact = en
      ? (kind ? 'You have not bound a ' + kind.nameEn + ' account' : 'You have not bound any bill account yet') + (others.length ? ' (bound: ' + others.join(', ') + ')' : '') + '.'
      : (kind ? '您还没有绑定' + kind.name + '户号' : '您还没有绑定任何缴费户号') + (others.length ? '（已绑定：' + others.join('、') + '）' : '') + '。'
    return ok(fact + (en
      ? ' You can tell me the bill type and the account number printed on the bill, and I will bind it. Call bindBillAccount with what the user gives, never making up an account number.'
      : '您可以告诉我缴费类型和缴费单上的户号（例如「绑定电费户号 1100456789」），我来帮您绑定。请调用 bindBillAccount 绑定用户给出的户号，不要编造户号。'), { accounts: [] })
  }
  const lines = list.map(function (v) { return accounts.label(v, en) + (en ? ': ' : '：') + accounts.dueText(v, en) })
  return ok(en
    ? 'Your bill accounts: ' + lines.join('; ') + '. Ask the user which to pay, then call payBill with its id (it pays exactly the amount due).'
    : '您绑定的缴费户号：' + lines.join('；') + '。请询问用户要缴哪一项，再用对应 id 调用 payBill（按账单金额全额缴纳）。', { accounts: list })
}
