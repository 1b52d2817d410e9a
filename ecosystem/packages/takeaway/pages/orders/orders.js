// The user's own orders, newest first.
const orders = require('../../utils/orders.js');
const { t } = require('../../utils/i18n.js');

const STATUS_KEYS = { pending: 'statusPending', paid: 'statusPaid', unpaid: 'statusUnpaid' };

Page({
  data: { orders: [] },

  onLoad() {
    this.load();
  },

  onShow() {
    this.load();
  },

  load() {
    const list = orders.myOrders().map((o) => ({
      orderId: o.orderId,
      restaurantName: o.restaurantName,
      summary: o.lines.map((l) => `${l.name}×${l.qty}`).join('、'),
      totalText: Number(o.total).toFixed(2),
      statusText: t(STATUS_KEYS[o.status] || 'statusPending'),
    }));
    this.setData({ orders: list });
  },

  onOpenOrder(e) {
    wx.navigateTo({ url: `/pages/result/result?orderId=${e.currentTarget.dataset.id}` });
  },

  onBackHome() {
    wx.reLaunch({ url: '/pages/index/index' });
  },
});
