const D = require('./dates.js')
const KEY = 'yt_bookings'
function all() { return wx.getStorageSync(KEY) || [] }
function save(l) { wx.setStorageSync(KEY, l) }
function add(b) { const l = all(); l.unshift(b); save(l) }
function find(id) { return all().find(b => b.bookingId === id) || null }
function update(id, patch) {
  const l = all(); const i = l.findIndex(b => b.bookingId === id)
  if (i < 0) return null
  l[i] = Object.assign({}, l[i], patch); save(l); return l[i]
}
const STATUS_TEXT = { unpaid: '待支付', paid: '已支付，预订成功', cancelled: '已取消（未支付）', refunded: '已取消并退款', closed: '已关闭' }

// 当前取消需要收取的费用
function cancelFee(b, nowMs) {
  const deadline = Date.parse(D.freeCancelUntil(b.checkIn))
  if ((nowMs === undefined ? Date.now() : nowMs) < deadline) return 0
  return b.firstNightFee
}

async function view(id) {
  const b = find(id)
  if (!b) return null
  let status = b.status
  if (b.status === 'unpaid' || b.status === 'paid') {
    try {
      const p = await wx.getOrder({ orderId: b.bookingId })
      const ps = String((p && p.status) || '')
      if (ps === 'refunded' || (p && p.refunded > 0)) status = 'refunded'
      else if (['closed', 'cancelled', 'canceled', 'expired', 'failed'].includes(ps)) status = 'closed'
      else if (ps && ps !== 'created' && b.status === 'unpaid') status = 'paid'
    } catch (e) { /* 平台暂不可用时沿用本地状态 */ }
  }
  if (status !== b.status) update(id, { status })
  const fee = cancelFee(b)
  return Object.assign({}, b, { status, statusText: STATUS_TEXT[status] || status, freeCancelUntil: D.freeCancelUntil(b.checkIn), cancelFeeNow: fee })
}
module.exports = { all, add, find, update, view, cancelFee, STATUS_TEXT }
