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
      ? 'No tracking record was found for ' + number + '; please check the number (letters then digits, e.g. SF1234567890). Ask the user to check it and try again, never guessing a number.'
      : '没有查到单号 ' + number + ' 的物流信息，请核对单号是否正确（字母加数字，如 SF1234567890）。请让用户核对后再查，不要猜测单号。')
  }
  const text = en
    ? 'Parcel ' + statusLine(parcel, true) + '. Show the tracking card. To track another parcel, just tell me its number.'
    : '快递 ' + statusLine(parcel, false) + '。请展示物流详情卡片。如需查其他快递，告诉我单号即可。'
  return ok(text, { parcel: parcel })
}
