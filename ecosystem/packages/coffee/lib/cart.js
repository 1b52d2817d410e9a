// The page cart: one store's drinks, kept in the user's own storage until checkout.
var KEY = 'cart';

function read(storeId) {
  var cart = wx.getStorageSync(KEY) || {};
  return cart.storeId === storeId ? cart.items || [] : [];
}

function add(storeId, item) {
  var items = read(storeId);
  items.push(item);
  wx.setStorageSync(KEY, { storeId: storeId, items: items });
  return items;
}

function remove(storeId, index) {
  var items = read(storeId);
  items.splice(index, 1);
  wx.setStorageSync(KEY, { storeId: storeId, items: items });
  return items;
}

function clear() {
  wx.removeStorageSync(KEY);
}

function count(storeId) {
  return read(storeId).reduce(function (n, it) { return n + (it.qty || 1); }, 0);
}

module.exports = { read: read, add: add, remove: remove, clear: clear, count: count };
