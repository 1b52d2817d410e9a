// The accounts this user bound, kept in the user's own storage as an array of account ids.
// (The hub's installer writes each sample user's earlier bindings here at first start.)
const KEY = 'boundAccounts'

function boundIds() {
  const ids = wx.getStorageSync(KEY)
  return Array.isArray(ids) ? ids.filter(function (x) { return typeof x === 'string' }) : []
}

function isBound(id) {
  return boundIds().indexOf(id) >= 0
}

function bind(id) {
  const ids = boundIds()
  if (ids.indexOf(id) < 0) {
    ids.push(id)
    wx.setStorageSync(KEY, ids)
  }
}

module.exports = { boundIds, isBound, bind }
