// Tidies the recipient as a person (or a planner) wrote it: 「收件人李明」→ 李明,
// 「电话 136-0013-6000」→ 13600136000, 「地址：上海市…」→ 上海市…. Returns what is still missing.
const PHONE = /^1\d{10}$/

function strip(text, labels) {
  let value = String(text == null ? '' : text).trim()
  let changed = true
  while (changed) {
    changed = false
    for (const label of labels) {
      const re = new RegExp('^' + label + '\\s*(是|为|is)?\\s*[:：]?\\s*', 'i')
      if (re.test(value)) {
        const next = value.replace(re, '')
        if (next !== value) { value = next; changed = true }
      }
    }
  }
  return value.replace(/[，,。.；;\s]+$/, '').trim()
}

function normalizeRecipient(input) {
  const name = strip(input.recipientName, ['收件人姓名', '收件人', '收货人', '联系人', '姓名', '名字', "recipient's name", 'recipient name', 'recipient', 'name'])
  const phone = String(input.recipientPhone == null ? '' : input.recipientPhone).replace(/[^\d]/g, '').replace(/^86(1\d{10})$/, '$1')
  const address = strip(input.recipientAddress, ['收件地址', '收货地址', '详细地址', '地址', 'address', 'to'])
  const missing = []
  if (!name) missing.push('recipientName')
  if (!PHONE.test(phone)) missing.push('recipientPhone')
  if (address.length < 4) missing.push('recipientAddress')
  return { name: name, phone: phone, address: address, missing: missing }
}

function maskPhone(phone) {
  const p = String(phone || '')
  return p.length === 11 ? p.slice(0, 3) + '****' + p.slice(7) : p
}

module.exports = { normalizeRecipient, maskPhone, PHONE }
