// Parcels: the carriers' records (data/express.json) plus the parcels sent through ParcelTrack.
const data = require('../data/express.json')
const shipments = require('./shipments.js')

const STATUS_EN = {
  pending_pickup: 'awaiting pickup', in_transit: 'in transit', out_for_delivery: 'out for delivery',
  delivered: 'delivered', exception: 'delivery problem', canceled: 'canceled'
}
const STATUS_ZH_EXTRA = { canceled: '已取消' }

function carrierOf(code) {
  return data.carriers.find(function (c) { return c.code === code }) || { code: code, name: code, nameEn: code }
}

// The view every API and page shows: no phone numbers of other people, the newest event first.
function view(record, direction) {
  const carrier = carrierOf(record.carrier)
  const events = record.events.slice().reverse()
  return {
    id: record.number, number: record.number, name: record.item, nameEn: record.itemEn || record.item,
    aliases: [record.number], carrier: carrier.code, carrierName: carrier.name, carrierNameEn: carrier.nameEn,
    item: record.item, status: record.status, statusText: data.statuses[record.status] || STATUS_ZH_EXTRA[record.status] || record.status,
    statusTextEn: STATUS_EN[record.status] || record.status, direction: direction || 'incoming',
    latest: events[0] || null, events: events
  }
}

function normalizeNumber(text) {
  return String(text || '').replace(/[\s-]/g, '').toUpperCase()
}

function findParcel(number) {
  const key = normalizeNumber(number)
  const known = data.parcels.find(function (p) { return p.number === key })
  if (known) return view(known)
  const sent = shipments.findByNumber(key)
  return sent ? view(shipments.asParcel(sent), 'outgoing') : undefined
}

// Parcels addressed to a phone number, and parcels this user sent with ParcelTrack.
function parcelsFor(phone, openid) {
  const incoming = data.parcels.filter(function (p) { return p.phone === phone }).map(function (p) { return view(p, 'incoming') })
  const outgoing = shipments.sentBy(openid).map(function (s) { return view(shipments.asParcel(s), 'outgoing') })
  return incoming.concat(outgoing).sort(function (a, b) {
    return String(b.latest && b.latest.time).localeCompare(String(a.latest && a.latest.time))
  })
}

function statusLine(p, english) {
  const latest = p.latest ? (english ? ' — ' : '，') + p.latest.time + ' ' + p.latest.city + ' ' + p.latest.text : ''
  return english
    ? p.number + ' (' + p.carrierNameEn + ', ' + p.item + '): ' + p.statusTextEn + latest
    : p.number + '（' + p.carrierName + '，' + p.item + '）' + p.statusText + latest
}

module.exports = { findParcel, parcelsFor, statusLine, normalizeNumber, STATUS_EN }
