// Orders live in the user's storage (their own history) and the booked delivery slots in the
// app's shared storage (one world for every customer: a full slot is full for everybody).
const { SLOTS, SLOT_CAPACITY } = require('../data/delivery.js')

const ORDERS_KEY = 'orders'
const RECENT_ADDRESSES_KEY = 'recentAddresses'
const SLOT_BOOKINGS_KEY = 'slotBookings'

const STATUS_LABELS = {
  created: '待支付',
  paid: '已支付，待送达',
  canceled: '已取消',
  refunded: '已取消并退款'
}

function readOrders() {
  return wx.getStorageSync(ORDERS_KEY) || []
}

function writeOrders(orders) {
  wx.setStorageSync(ORDERS_KEY, orders)
}

function findOrder(orderId) {
  return readOrders().find((o) => o.orderId === orderId)
}

function saveOrder(order) {
  const orders = readOrders().filter((o) => o.orderId !== order.orderId)
  orders.unshift(order)
  writeOrders(orders)
}

function slotKey(date, slot) {
  return date + '|' + slot
}

function bookedCount(date, slot) {
  const bookings = wx.getAppStorageSync(SLOT_BOOKINGS_KEY) || {}
  return bookings[slotKey(date, slot)] || 0
}

function slotIsFull(date, slot) {
  return bookedCount(date, slot) >= SLOT_CAPACITY
}

function changeSlot(date, slot, delta) {
  const bookings = wx.getAppStorageSync(SLOT_BOOKINGS_KEY) || {}
  const key = slotKey(date, slot)
  bookings[key] = Math.max(0, (bookings[key] || 0) + delta)
  wx.setAppStorageSync(SLOT_BOOKINGS_KEY, bookings)
}

function recentAddresses() {
  return wx.getStorageSync(RECENT_ADDRESSES_KEY) || []
}

function rememberAddress(address) {
  const rest = recentAddresses().filter((a) => a.id !== address.id)
  wx.setStorageSync(RECENT_ADDRESSES_KEY, [address].concat(rest).slice(0, 5))
}

function slotLabel(slot) {
  return SLOTS[slot] ? SLOTS[slot].label : slot
}

/** What the model and the cards see of an order: no phone numbers, no images. */
function summarize(order) {
  return {
    orderId: order.orderId,
    bouquetId: order.bouquetId,
    bouquetName: order.bouquetName,
    qty: order.qty,
    amount: order.amount,
    deliveryDate: order.deliveryDate,
    timeSlot: order.timeSlot,
    addressLabel: order.address.label,
    status: order.status
  }
}

module.exports = {
  STATUS_LABELS,
  readOrders,
  findOrder,
  saveOrder,
  slotIsFull,
  changeSlot,
  recentAddresses,
  rememberAddress,
  slotLabel,
  summarize
}
