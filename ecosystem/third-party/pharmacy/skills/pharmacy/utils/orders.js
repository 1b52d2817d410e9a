// 本地订单记录 + 平台订单状态
const KEY = 'kn_orders'
const rules = require('../data/rules.js')

function all() { return wx.getStorageSync(KEY) || [] }
function save(list) { wx.setStorageSync(KEY, list) }
function add(o) { const l = all(); l.unshift(o); save(l) }
function update(orderId, patch) {
  const l = all(); const i = l.findIndex(o => o.orderId === orderId)
  if (i < 0) return null
  l[i] = Object.assign({}, l[i], patch); save(l); return l[i]
}
function find(orderId) { return all().find(o => o.orderId === orderId) || null }

const STATUS_TEXT = {
  unpaid: '待支付', paid: '已支付，门店备货中', shipped: '已发货，骑手配送中', ready: '已备好，可到店自取',
  cancelled: '已取消', refunded: '已取消并退款', closed: '已关闭'
}

// 由平台订单状态和本地履约状态得出当前状态
async function view(orderId) {
  const o = find(orderId)
  if (!o) return null
  let platform = null
  try { platform = await wx.getOrder({ orderId: o.platformOrderId }) } catch (e) { platform = null }
  let status = o.status
  if (platform && o.status !== 'cancelled') {
    const ps = String(platform.status || '')
    if (ps === 'refunded' || (platform.refunded && platform.refunded > 0)) status = 'refunded'
    else if (['closed', 'cancelled', 'canceled', 'expired', 'failed'].includes(ps)) status = 'closed'
    else if (ps !== 'created' && o.status === 'unpaid') status = 'paid'
  }
  if (status === 'paid') {
    const paidAt = o.paidAt || (platform && platform.paidAt)
    if (o.fulfilment === 'delivery' && paidAt && Date.now() - new Date(paidAt).getTime() > rules.shipAfterMinutes * 60000) status = 'shipped'
    if (o.fulfilment === 'pickup') status = 'paid'
  }
  if (status !== o.status) update(orderId, { status })
  return Object.assign({}, o, { status, statusText: STATUS_TEXT[status] || status, platformStatus: platform ? platform.status : 'unknown' })
}

module.exports = { all, add, update, find, view, STATUS_TEXT }
