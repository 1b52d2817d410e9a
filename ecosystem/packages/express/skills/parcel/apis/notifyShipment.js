// Called by the hub after the user decided on a shipping order: books the pickup once paid,
// drops the shipment when the payment was declined. Never called by the model.
const shipments = require('../../../utils/shipments.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function notifyShipment(args) {
  const en = isEnglish()
  const s = shipments.findByOrder(args.orderId)
  if (!s) {
    return fail(en ? 'Order ' + args.orderId + ' is not a ParcelTrack shipment; nothing was changed.' : '订单 ' + args.orderId + ' 不是快递查查的寄件订单，未做任何处理。')
  }
  const order = await wx.getOrder(args.orderId)
  if (args.status === 'paid' && order.status === 'paid') {
    const done = shipments.markPaid(args.orderId)
    return ok(en
      ? 'Payment received: your parcel ' + done.fromCityNameEn + ' → ' + done.toCityNameEn + ' (' + done.weightKg + ' kg, ¥' + done.price.toFixed(2) + ') is booked, waybill ' + done.number + '; a courier will pick it up within 2 hours. Show the receipt card.'
      : '支付成功，已为您下单寄件：' + done.fromCityName + '→' + done.toCityName + '，' + done.weightKg + ' 公斤，运费 ' + done.price.toFixed(2) + ' 元，运单号 ' + done.number + '，快递员将在 2 小时内上门揽收。请展示寄件回执卡片。',
    { orderId: done.orderId, number: done.number, status: done.status, amount: done.price, fromCityName: done.fromCityName, toCityName: done.toCityName, weightKg: done.weightKg })
  }
  if (args.status === 'canceled' && order.status !== 'paid') {
    shipments.markCanceled(args.orderId)
    return ok(en
      ? 'The shipping order was canceled and nothing was charged; the parcel was not sent. The user can place a new shipping order any time.'
      : '寄件订单已取消，未扣款，包裹没有寄出。如需寄件可以重新下单。',
    { orderId: args.orderId, status: 'canceled', amount: s.price })
  }
  return fail(en
    ? 'The payment service reports order ' + args.orderId + ' as ' + order.status + ', which does not match "' + args.status + '"; nothing was changed.'
    : '支付服务显示订单 ' + args.orderId + ' 的状态为 ' + order.status + '，与通知的「' + args.status + '」不符，未做任何处理。')
}
