const { recentAddresses } = require('../../../lib/order-book.js')

function view(a) {
  return { id: a.id, label: a.label || a.text, contact: a.contact, city: a.city, text: a.text }
}

module.exports = async function listAddresses() {
  const recent = recentAddresses()
  let saved = []
  try {
    const result = await wx.getAddressList()
    saved = (result && result.addresses) || []
  } catch (error) {
    if (recent.length === 0) {
      return {
        isError: true,
        content: [{ type: 'text', text: '用户没有授权读取收货地址。请用户授权，或请用户说出收件人、电话和详细地址后到订单页填写；不要编造地址。' }]
      }
    }
  }
  const all = recent.concat(saved.filter((a) => !recent.some((r) => r.id === a.id)))
  if (all.length === 0) {
    return {
      isError: false,
      content: [{ type: 'text', text: '用户还没有保存任何收货地址。请用户在微信中添加收货地址后再下单。' }],
      structuredContent: { addresses: [] }
    }
  }
  return {
    isError: false,
    content: [
      {
        type: 'text',
        text: '用户有 ' + all.length + ' 个收货地址：' + all.map((a) => a.label || a.text).join('、') + '。请按用户说的地址标签选择 addressId，用户没说时请用户选择。'
      }
    ],
    structuredContent: { addresses: all.map(view) }
  }
}
