// Lists the parcels sent to the user's phone number (read only with scope.phoneNumber) and
// the ones the user sent through ParcelTrack.
const { parcelsFor, statusLine } = require('../../../utils/parcels.js')
const { maskPhone } = require('../../../utils/recipient.js')
const { ok, fail, isDenied, reason } = require('../../../utils/reply.js')
const { isEnglish } = require('../../../utils/i18n.js')

module.exports = async function listMyParcels() {
  const en = isEnglish()
  let phone
  try {
    const read = await wx.getPhoneNumber()
    phone = read && read.phoneNumber
  } catch (error) {
    if (!isDenied(error)) {
      return fail(en
        ? 'Your phone number could not be read (' + reason(error) + '). Tell me a tracking number and I will track that parcel.'
        : '读取手机号失败（' + reason(error) + '）。请告诉我快递单号，我来帮您查物流。')
    }
    return fail(en
      ? "Without access to your phone number I can't find the parcels sent to you. If you tell me the tracking number, I can track that parcel for you."
      : '没有获得手机号授权，无法查询寄给您的快递。您可以直接告诉我快递单号，我来帮您查物流。')
  }
  if (!phone) {
    return fail(en
      ? 'WeChat returned no phone number for you, so your parcels cannot be listed. Tell me a tracking number and I will track that parcel.'
      : '没有读到您的手机号，无法列出您的快递。请告诉我快递单号，我来帮您查物流。')
  }
  const { openid } = await wx.login()
  const parcels = parcelsFor(phone, openid)
  const masked = maskPhone(phone)
  if (parcels.length === 0) {
    return ok(en
      ? 'No parcels were found for ' + masked + '. If a parcel is on its way under another number, tell me its tracking number to track it.'
      : '手机号 ' + masked + ' 名下没有查到快递。如果有用其他号码收的快递，请告诉我快递单号来查询。', { phone: masked, parcels: [] })
  }
  const lines = parcels.map(function (p) { return statusLine(p, en) })
  const text = en
    ? parcels.length + ' parcels for ' + masked + ': ' + lines.join('; ') + '. Show the parcel list card. To see the full tracking of one, just tell me its number.'
    : '手机号 ' + masked + ' 名下共有 ' + parcels.length + ' 个快递：' + lines.join('；') + '。请展示快递列表卡片。如需查看某个快递的详细物流，告诉我单号即可。'
  return ok(text, { phone: masked, parcels: parcels.map(function (p) {
    return { id: p.id, number: p.number, name: p.name, nameEn: p.nameEn, aliases: p.aliases, carrierName: p.carrierName,
      carrierNameEn: p.carrierNameEn, status: p.status, statusText: p.statusText, statusTextEn: p.statusTextEn,
      direction: p.direction, latest: p.latest }
  }) })
}
