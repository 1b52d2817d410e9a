// My orders, newest first.
var orderStore = require('../../lib/order-store.js');

var STATUS = { created: '待支付', paid: '已支付', canceled: '已取消' };

Page({
  data: { orders: [] },
  onShow: function () {
    this.setData({
      orders: orderStore.mine().map(function (o) {
        return { orderId: o.orderId, storeName: o.storeName, count: o.items.length, total: o.total, status: STATUS[o.status] || o.status, pickupCode: o.pickupCode || '' };
      }),
    });
  },
  onOrder: function (e) {
    wx.navigateTo({ url: '/pages/result/result?orderId=' + e.currentTarget.dataset.id });
  },
});
