const C = require('../utils/common.js')

module.exports = async function listMyAddresses () {
  const r = await C.addresses()
  if (r.error) return C.fail('用户没有授权读取收货地址，无法确定上门地址。请告诉用户：需要在授权卡片上同意读取地址才能预约上门服务；不要编造地址。')
  if (!r.addresses.length) return C.fail('用户的微信地址簿里还没有地址。请请用户先在地址簿添加上门地址后再预约；不要编造地址。')
  const addresses = r.addresses.map(a => ({
    addressId: a.id, label: a.label, contact: a.contact, city: a.city, text: a.text,
    serviceable: !!C.cityInfo(a.city)
  }))
  return C.ok(`用户有 ${addresses.length} 个地址：${addresses.map(a => `${a.label}(${a.addressId})：${a.text}${a.serviceable ? '' : '（该城市暂未开通服务）'}`).join('；')}。用户没指定时先问上门地址是哪一个；只有一个可服务地址时直接使用。`, { addresses })
}
