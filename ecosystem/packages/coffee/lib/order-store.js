// The shop's backend state: every order (all users) in app storage, and each user's own
// order ids in that user's storage. Always read fresh: another user may have written since.
var ORDERS = 'orders';
var MINE = 'myOrderIds';
var PICKUP_SEQ = 'pickupSeq';

function all() {
  return wx.getAppStorageSync(ORDERS) || {};
}

function get(orderId) {
  return all()[orderId];
}

function save(order) {
  var orders = all();
  orders[order.orderId] = order;
  wx.setAppStorageSync(ORDERS, orders);
}

function addMine(orderId) {
  var mine = wx.getStorageSync(MINE) || [];
  if (mine.indexOf(orderId) < 0) mine.unshift(orderId);
  wx.setStorageSync(MINE, mine);
}

function mine() {
  var orders = all();
  return (wx.getStorageSync(MINE) || []).map(function (id) { return orders[id]; }).filter(Boolean);
}

// Pickup codes run per store: A101, A102… at 国贸店, B101… at 中关村店.
function nextPickupCode(storeId, letter) {
  var seq = wx.getAppStorageSync(PICKUP_SEQ) || {};
  var n = (seq[storeId] || 100) + 1;
  seq[storeId] = n;
  wx.setAppStorageSync(PICKUP_SEQ, seq);
  return (letter || 'Z') + n;
}

module.exports = { get: get, save: save, addMine: addMine, mine: mine, nextPickupCode: nextPickupCode };
