// The order after payment: pickup code, or delivery number and time.
var orderStore = require('../../lib/order-store.js');

Page({
  data: { order: null },
  onLoad: function (query) {
    var order = orderStore.get(query && query.orderId);
    this.setData({ order: order || null });
  },
  onOrders: function () {
    wx.redirectTo({ url: '/pages/orders/orders' });
  },
  onHome: function () {
    wx.reLaunch({ url: '/pages/index/index' });
  },
});
