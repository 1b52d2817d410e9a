// The user's housing provident fund balance, found by the real-name ID (scope.realname).
const { findFund } = require('../../../utils/fund.js')
const { ok, fail, isDenied, reason } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function getProvidentFund() {
  const en = isEnglish()
  let person
  try {
    person = await wx.getRealName()
  } catch (error) {
    if (!isDenied(error)) {
      return fail(en
        ? 'Your real-name details could not be read (' + reason(error) + '). Try again later; no balance can be shown without them.'
        : '读取实名信息失败（' + reason(error) + '）。请稍后再试；没有实名信息无法显示余额。')
    }
    return fail(en
      ? 'Without your real-name authorization the provident fund cannot be looked up, so no balance is shown. If you want it, allow access to your real name and ID and ask again.'
      : '没有获得实名信息授权，无法查询公积金，因此不能显示余额。如需查询，请允许读取实名信息后再试。')
  }
  const fund = person && findFund(person.idNumber)
  if (!fund) {
    return fail(en
      ? 'No provident fund account matches your real name; HomeBills covers the Beijing and Shanghai funds. Check with your employer which city your fund is in.'
      : '没有查到与您实名信息对应的公积金账户；目前支持北京、上海公积金查询。请向单位确认公积金缴存城市。')
  }
  return ok(en
    ? 'Your housing provident fund (' + fund.cityEn + ', ' + fund.statusEn + ') balance is ¥' + fund.balance.toFixed(2) + '; monthly deposit ¥' + fund.monthlyDeposit.toFixed(2) + ', last deposit ' + fund.lastDeposit + '. Show the fund card.'
    : '您的住房公积金账户（' + fund.city + '，' + fund.status + '）余额 ' + fund.balance.toFixed(2) + ' 元，月缴存额 ' + fund.monthlyDeposit.toFixed(2) + ' 元，最近一次缴存 ' + fund.lastDeposit + '。请展示公积金卡片。', { fund: fund })
}
