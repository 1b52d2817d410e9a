// Mobile top-up: one of the amounts of bills.json, to an 11-digit mainland number starting with 1.
const data = require('../data/bills.json')
const orders = require('./orders.js')

const PHONE = /^1\d{10}$/

function maskPhone(phone) {
  return String(phone).slice(0, 3) + '****' + String(phone).slice(7)
}

// Each returns { error: { zh, en } } when the amount or the number breaks the rule.
function checkAmount(amount) {
  if (data.topup.amounts.indexOf(Number(amount)) >= 0) return {}
  return { error: {
    zh: '话费充值只能选 ' + data.topup.amounts.join('、') + ' 元，没有 ' + amount + ' 元这一档。',
    en: 'Top-ups come in ¥' + data.topup.amounts.join(', ¥') + ' only; ¥' + amount + ' is not one of them.'
  } }
}

function checkPhone(phone) {
  if (PHONE.test(String(phone))) return {}
  return { error: { zh: '充值号码 ' + phone + ' 不是 11 位、以 1 开头的手机号。', en: phone + ' is not an 11-digit mainland mobile number starting with 1.' } }
}

async function createTopup(amount, phone, english, notifyApi) {
  const value = Number(amount)
  const draft = {
    title: english ? 'HomeBills mobile top-up' : '生活缴费 话费充值',
    amount: value,
    lines: [{
      ref: 'topup', qty: 1, unitPrice: value,
      name: english ? 'Mobile top-up ¥' + value + ' for ' + maskPhone(phone) : '话费充值 ' + value + ' 元 ' + maskPhone(phone),
      options: { phone: String(phone), amount: value }
    }]
  }
  if (notifyApi) draft.notifyApi = notifyApi
  const order = await wx.createOrder(draft)
  const { openid } = await wx.login()
  orders.put(order.orderId, { kind: 'topup', phone: String(phone), amount: value, openid: openid, status: 'created' })
  return order
}

module.exports = { checkAmount, checkPhone, createTopup, maskPhone, PHONE, AMOUNTS: data.topup.amounts }
