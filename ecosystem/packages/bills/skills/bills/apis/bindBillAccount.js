// Binds a utility account by its type and the number printed on the bill.
const accounts = require('../../../utils/accounts.js')
const { bind, isBound } = require('../../../utils/bound.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function bindBillAccount(args) {
  const en = isEnglish()
  const kind = accounts.KINDS[args.kind]
  const account = accounts.byNumber(args.kind, args.number)
  if (!account) {
    return fail(en
      ? 'No ' + kind.nameEn + ' account ' + args.number + ' was found. Ask the user to check the account number on the bill, without guessing it.'
      : '没有查到' + kind.name + '户号 ' + args.number + '。请让用户核对缴费单上的户号后重试，不要猜测户号。')
  }
  const already = isBound(account.id)
  bind(account.id)
  const v = accounts.view(account)
  return ok(en
    ? (already ? 'Already bound: ' : 'Bound ') + accounts.label(v, true) + ', holder ' + v.holder + '; ' + accounts.dueText(v, true) + (v.due > 0 ? '. Ask the user whether to pay it now.' : '.')
    : (already ? '该户号已绑定：' : '已绑定 ') + accounts.label(v, false) + '，户主 ' + v.holder + '；' + accounts.dueText(v, false) + (v.due > 0 ? '。请询问用户是否现在缴费。' : '。'), { account: v })
}
