// Appointments, kept in app storage (the hospital's backend, shared by all users). An unpaid
// appointment holds its slot for 30 minutes; a paid one until it is canceled.
const KEY = 'appointments'
const HOLD_MS = 30 * 60 * 1000

function all() {
  const list = wx.getAppStorageSync(KEY)
  return Array.isArray(list) ? list : []
}

function save(list) {
  wx.setAppStorageSync(KEY, list)
}

function isActive(a) {
  return a.status === 'booked' || (a.status === 'awaiting_payment' && Date.now() - a.createdMs < HOLD_MS)
}

function holding(doctorId, date, period) {
  return all().filter(function (a) { return a.doctorId === doctorId && a.date === date && a.period === period && isActive(a) }).length
}

function create(record) {
  const list = all()
  const seq = (Number(wx.getAppStorageSync('appointmentSeq')) || 0) + 1
  wx.setAppStorageSync('appointmentSeq', seq)
  const a = Object.assign({ id: 'AP' + String(100000 + seq), status: 'awaiting_payment', createdMs: Date.now() }, record)
  list.push(a)
  save(list)
  return a
}

function update(match, change) {
  const list = all()
  const a = list.find(match)
  if (!a) return undefined
  if (change(a) !== false) save(list)
  return a
}

function markPaid(orderId) {
  return update(function (a) { return a.orderId === orderId }, function (a) {
    if (a.status !== 'awaiting_payment') return false
    a.status = 'booked'
  })
}

function markCanceled(orderId, refunded) {
  return update(function (a) { return a.orderId === orderId }, function (a) {
    if (a.status === 'canceled') return false
    a.status = 'canceled'
    if (refunded) a.refunded = refunded
  })
}

function findByOrder(orderId) {
  return all().find(function (a) { return a.orderId === orderId })
}

function findById(id) {
  return all().find(function (a) { return a.id === id })
}

function listFor(openid) {
  return all().filter(function (a) { return a.openid === openid && a.status !== 'awaiting_payment' })
}

function duplicate(openid, patientId, doctorId, date, period) {
  return all().find(function (a) {
    return a.openid === openid && a.patientId === patientId && a.doctorId === doctorId && a.date === date && a.period === period && isActive(a)
  })
}

module.exports = { all, holding, create, markPaid, markCanceled, findByOrder, findById, listFor, duplicate, isActive }
