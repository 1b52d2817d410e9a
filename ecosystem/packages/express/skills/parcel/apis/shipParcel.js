// Sends a parcel: prices it by the shipping rule, creates the order the user confirms and pays.
const { quoteShipping, describeQuote } = require('../../../utils/shipping.js')
const { normalizeRecipient } = require('../../../utils/recipient.js')
const { createShipment } = require('../../../utils/ship-order.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

const ASK = {
  recipientName: ['收件人姓名', "the recipient's name"],
  recipientPhone: ['收件人的 11 位手机号', "the recipient's 11-digit mobile number"],
  recipientAddress: ['收件详细地址', "the recipient's full address"]
}

module.exports = async function shipParcel(args) {
  const en = isEnglish()
  const priced = quoteShipping(args.fromCity, args.toCity, args.weightKg)
  if (priced.error) {
    return fail(en ? priced.error.en + ' Ask the user for another city or weight.' : priced.error.zh + '请向用户确认城市或重量后再下单。')
  }
  const quote = priced.quote
  const recipient = normalizeRecipient(args)
  if (recipient.missing.length) {
    const need = recipient.missing.map(function (k) { return ASK[k][en ? 1 : 0] })
    return fail(en
      ? 'Shipping ' + describeQuote(quote, true) + '. Still missing: ' + need.join(', ') + '. Ask the user for them and call shipParcel again, never making them up.'
      : '寄件 ' + describeQuote(quote, false) + '。还缺少：' + need.join('、') + '。请向用户询问后再次调用 shipParcel，不要编造收件信息。',
      { quote: quote, missing: recipient.missing })
  }
  const created = await createShipment(quote, recipient, en, 'notifyShipment')
  const who = recipient.name + ' ' + recipient.phone + ' ' + recipient.address
  const text = en
    ? 'Shipping order created: ' + describeQuote(quote, true) + ', to ' + who + '. Show the order confirmation card and ask the user to check the recipient and the price before paying.'
    : '已生成寄件订单：' + describeQuote(quote, false) + '，收件人 ' + who + '。请展示订单确认卡片，并引导用户核对收件信息和运费后确认支付。'
  return ok(text, {
    orderId: created.order.orderId, amount: quote.price, status: 'awaiting_payment', quote: quote,
    recipient: { name: recipient.name, phone: recipient.phone, address: recipient.address }
  })
}
