// Tracks one parcel by its waybill number. Public information: no consent needed.
const { findParcel, statusLine, normalizeNumber } = require('../../../utils/parcels.js')
const { ok, fail } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function trackParcel(args) {
  const en = isEnglish()
  const number = normalizeNumber(args.number)
  const parcel = findParcel(number)
  if (!parcel) {
    return fail(en
      ? 'No tracking record was found for ' + number + '. Ask the user to check the tracking number (letters and digits, e.g. SF1234567890) and try again; never guess a number.'
      : '没有查到单号 ' + number + ' 的物流信息。请让用户核对快递单号（字母加数字，如 SF1234567890）后再查；不要猜测单号。')
  }
  const text = en
    ? 'Parcel ' + statusLine(parcel, true) + '. Show the tracking card; the user can give another tracking number to track more.'
    : '快递 ' + statusLine(parcel, false) + '。请展示物流详情卡片；如需查其他快递，请用户提供单号。'
  return ok(text, { parcel: parcel })
}
