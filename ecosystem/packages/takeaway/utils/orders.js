// Order records. All orders live in app storage (the restaurants' order backend, one world
// for every user); each user keeps the ids of their own orders and their cart in their storage.
const ORDERS_KEY = 'orders';
const MY_ORDERS_KEY = 'myOrders';
const CART_KEY = 'cart';

function allOrders() {
  return wx.getAppStorageSync(ORDERS_KEY) || {};
}

function getOrder(orderId) {
  return allOrders()[orderId] || null;
}

function saveOrder(order) {
  const orders = allOrders();
  orders[order.orderId] = order;
  wx.setAppStorageSync(ORDERS_KEY, orders);
  const mine = wx.getStorageSync(MY_ORDERS_KEY) || [];
  if (mine.indexOf(order.orderId) < 0) {
    mine.unshift(order.orderId);
    wx.setStorageSync(MY_ORDERS_KEY, mine);
  }
  return order;
}

function updateOrder(orderId, changes) {
  const order = getOrder(orderId);
  return order ? saveOrder(Object.assign({}, order, changes)) : null;
}

function myOrders() {
  const mine = wx.getStorageSync(MY_ORDERS_KEY) || [];
  return mine.map(getOrder).filter((o) => o !== null);
}

/** The cart: { restaurant, items: [{ dishId, qty }] } for one restaurant at a time. */
function getCart() {
  return wx.getStorageSync(CART_KEY) || { restaurant: '', items: [] };
}

function saveCart(cart) {
  wx.setStorageSync(CART_KEY, cart);
}

function clearCart() {
  wx.setStorageSync(CART_KEY, { restaurant: '', items: [] });
}

module.exports = { getOrder, saveOrder, updateOrder, myOrders, getCart, saveCart, clearCart };
