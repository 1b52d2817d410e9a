// Cancels a shipment the user sent that is still waiting for pickup, and refunds the fee.
const shipments = require('../../../utils/shipments.js')
const { normalizeNumber } = require('../../../utils/parcels.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function cancelShipment(args) {
  const en = isEnglish()
  const number = normalizeNumber(args.number)
  const { openid } = await wx.login()
  const s = shipments.findByNumber(number)
  if (!s || s.openid !== openid) {
    return fail(en
      ? 'You have no shipment ' + number + ' sent through ParcelTrack. Only parcels you sent here and not yet picked up can be canceled; check the number with listMyParcels.'
      : '没有找到您通过快递查查寄出的运单 ' + number + '。只能取消在这里寄出且尚未揽收的快递，请用 listMyParcels 核对单号。')
  }
  if (s.status !== 'pending_pickup') {
    return fail(en ? 'Shipment ' + number + ' is already canceled; nothing was charged again.' : '运单 ' + number + ' 已经取消过了，不会重复退款。')
  }
  const refund = await wx.refundOrder({ orderId: s.orderId, amount: s.price, reason: 'shipment canceled before pickup' })
  shipments.markCanceled(s.orderId)
  return ok(en
    ? 'Shipment ' + number + ' is canceled and ¥' + refund.amount.toFixed(2) + ' goes back to the original payment method. Tell the user the refund is on its way.'
    : '已取消寄件 ' + number + '，运费 ' + refund.amount.toFixed(2) + ' 元将原路退回。请告知用户退款已发起。',
  { number: number, status: 'canceled', refunded: refund.amount })
}
