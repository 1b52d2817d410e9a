// Shipments sent through ParcelTrack, kept in app storage (the mini-program's backend, shared by
// all users): created when the order is created, booked for pickup once the payment is captured.
const { chinaNow } = require('./clock.js')

const KEY = 'shipments'

function all() {
  const list = wx.getAppStorageSync(KEY)
  return Array.isArray(list) ? list : []
}

function save(list) {
  wx.setAppStorageSync(KEY, list)
}

function create(record) {
  const list = all()
  list.push(Object.assign({ status: 'awaiting_payment', createdAt: chinaNow() }, record))
  save(list)
}

function findByOrder(orderId) {
  return all().find(function (s) { return s.orderId === orderId })
}

function findByNumber(number) {
  return all().find(function (s) { return s.number === number })
}

function sentBy(openid) {
  return all().filter(function (s) { return s.openid === openid && s.number })
}

// Payment captured: give the parcel its waybill number and book the pickup. Idempotent.
function markPaid(orderId) {
  const list = all()
  const s = list.find(function (x) { return x.orderId === orderId })
  if (!s) return undefined
  if (s.status === 'awaiting_payment') {
    const seq = (Number(wx.getAppStorageSync('waybillSeq')) || 0) + 1
    wx.setAppStorageSync('waybillSeq', seq)
    s.number = 'SF' + String(7100000000 + seq)
    s.status = 'pending_pickup'
    s.paidAt = chinaNow()
    save(list)
  }
  return s
}

function markCanceled(orderId) {
  const list = all()
  const s = list.find(function (x) { return x.orderId === orderId })
  if (!s) return undefined
  if (s.status === 'awaiting_payment' || s.status === 'pending_pickup') {
    s.status = 'canceled'
    s.canceledAt = chinaNow()
    save(list)
  }
  return s
}

// A shipment in the carriers' record format, so tracking shows it like any parcel.
function asParcel(s) {
  const events = [{ time: s.paidAt || s.createdAt, city: s.fromCityName, text: '已下单，等待揽收' }]
  if (s.status === 'canceled') events.push({ time: s.canceledAt, city: s.fromCityName, text: '寄件已取消，运费已退回' })
  return {
    number: s.number, carrier: 'SF', item: '寄往' + s.toCityName + '的包裹 ' + s.weightKg + ' 公斤',
    itemEn: 'parcel to ' + s.toCityNameEn + ' (' + s.weightKg + ' kg)',
    status: s.status === 'canceled' ? 'canceled' : 'pending_pickup', events: events
  }
}

module.exports = { all, create, findByOrder, findByNumber, sentBy, markPaid, markCanceled, asParcel }
