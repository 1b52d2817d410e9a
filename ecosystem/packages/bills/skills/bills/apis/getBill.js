// The current bill of one bound account: period, amount due, holder and address.
const accounts = require('../../../utils/accounts.js')
const { isBound } = require('../../../utils/bound.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function getBill(args) {
  const en = isEnglish()
  const account = accounts.raw(args.accountId)
  if (!account || !isBound(args.accountId)) {
    return fail(en ? 'Account ' + args.accountId + ' is not one of your bound accounts. Look them up with listBillAccounts, or bind one with bindBillAccount.' : '户号 ' + args.accountId + ' 不在您绑定的账户中。请用 listBillAccounts 查看，或用 bindBillAccount 绑定。')
  }
  const v = accounts.view(account)
  const who = en ? ', holder ' + v.holder + ', ' + v.address : '，户主 ' + v.holder + '，' + v.address
  const next = v.due > 0
    ? (en ? ' Ask the user whether to pay it now, then call payBill with this id.' : '请询问用户是否现在缴费，用户同意时用该 id 调用 payBill。')
    : (en ? ' Tell the user no payment is needed, without creating an order.' : '请告知用户无需缴费，不要下单。')
  const head = en ? v.nameEn + ' account ' + v.number + who + ': ' : v.name + ' 户号 ' + v.number + who + '：'
  return ok(head + accounts.dueText(v, en) + (en ? '.' : '。') + next, { account: v })
}
