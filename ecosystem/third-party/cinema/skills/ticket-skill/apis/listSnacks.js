const { catalog, ok, fmt } = require('../utils/common.js')

module.exports = async function listSnacks () {
  const snacks = catalog.snacks.map(s => ({ snackId: s.id, name: s.name, nameEn: s.nameEn, price: s.price }))
  return ok(`可随票加购的小食：${snacks.map(s => `${s.name}(${s.snackId}) ${fmt(s.price)}`).join('；')}。用户想要时，把 snackId 和数量放进 createTicketOrder 的 snacks 参数。`, { snacks })
}
