// Mobile top-up: the number the user gave, or (with consent) the user's own phone number.
const topup = require('../../../utils/topup.js')
const { ok, fail, isDenied, reason } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function mobileTopUp(args) {
  const en = isEnglish()
  let phone = args.phone
  const early = topup.checkAmount(args.amount)
  if (early.error) return fail((en ? early.error.en : early.error.zh) + (en ? ' Ask the user to choose one of them.' : '请让用户重新选择。'))
  if (!phone) {
    try {
      const read = await wx.getPhoneNumber()
      phone = read && read.phoneNumber
    } catch (error) {
      if (!isDenied(error)) {
        return fail(en
          ? 'Your phone number could not be read (' + reason(error) + '). Tell me the 11-digit mobile number to top up instead.'
          : '读取手机号失败（' + reason(error) + '）。请直接告诉我要充值的 11 位手机号。')
      }
      return fail(en
        ? "Without access to your phone number I can't tell which number to top up, so nothing was ordered. Tell me the 11-digit mobile number to top up."
        : '没有获得手机号授权，无法确定给哪个号码充值，未下单。请直接告诉我要充值的 11 位手机号。')
    }
  }
  const checked = topup.checkPhone(phone)
  if (checked.error) return fail((en ? checked.error.en : checked.error.zh) + (en ? ' Ask the user for a valid number.' : '请向用户确认正确的号码。'))
  const order = await topup.createTopup(args.amount, phone, en, 'notifyBillPayment')
  const amount = Number(args.amount)
  return ok(en
    ? 'Top-up order created: ¥' + amount.toFixed(2) + ' for ' + phone + '. Show the top-up confirmation card and ask the user to check the number and amount before paying.'
    : '已生成话费充值订单：为 ' + phone + ' 充值 ' + amount.toFixed(2) + ' 元。请展示充值确认卡片，并引导用户核对号码和金额后确认支付。',
  { orderId: order.orderId, amount: amount, phone: phone, status: 'awaiting_payment' })
}
