// One shipment order for the payment service: a single `ship` line, the read model every
// merchant shares (options fromCity/toCity/weightKg, meta recipientPhone).
const shipments = require('./shipments.js')

function orderDraft(quote, recipient, english) {
  const name = english
    ? 'Parcel ' + quote.fromCityNameEn + ' → ' + quote.toCityNameEn + ', ' + quote.weightKg + ' kg'
    : '寄件 ' + quote.fromCityName + '→' + quote.toCityName + ' ' + quote.weightKg + '公斤'
  return {
    title: english ? 'ParcelTrack shipping' : '快递查查 寄件运费',
    amount: quote.price,
    lines: [{
      ref: 'ship', name: name, qty: 1, unitPrice: quote.price,
      options: { fromCity: quote.fromCityName, toCity: quote.toCityName, weightKg: quote.weightKg }
    }],
    meta: { recipientPhone: recipient.phone }
  }
}

// Creates the order and remembers the shipment until the payment is captured or declined.
async function createShipment(quote, recipient, english, notifyApi) {
  const draft = orderDraft(quote, recipient, english)
  if (notifyApi) draft.notifyApi = notifyApi
  const order = await wx.createOrder(draft)
  const login = await wx.login()
  shipments.create({
    orderId: order.orderId, openid: login.openid, price: quote.price,
    fromCity: quote.fromCity, fromCityName: quote.fromCityName, fromCityNameEn: quote.fromCityNameEn,
    toCity: quote.toCity, toCityName: quote.toCityName, toCityNameEn: quote.toCityNameEn,
    weightKg: quote.weightKg, recipient: { name: recipient.name, phone: recipient.phone, address: recipient.address }
  })
  return { order: order, draft: draft }
}

module.exports = { orderDraft, createShipment }
