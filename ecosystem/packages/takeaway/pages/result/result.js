// The order after checkout: status, expected delivery time, what was ordered and where to.
const orders = require('../../utils/orders.js');
const { t } = require('../../utils/i18n.js');

const STATUS_KEYS = { pending: 'statusPending', paid: 'statusPaid', unpaid: 'statusUnpaid' };

Page({
  data: { found: false, error: '', order: null, statusText: '', totalText: '', lines: [] },

  onLoad(query) {
    const found = orders.getOrder(query && query.orderId);
    if (!found) {
      this.setData({ found: false, error: t('orderNotFound') });
      return;
    }
    this.setData({
      found: true,
      order: found,
      statusText: t(STATUS_KEYS[found.status] || 'statusPending'),
      totalText: Number(found.total).toFixed(2),
      lines: found.lines.map((l) => ({ id: l.ref, name: l.name, qty: l.qty })),
    });
  },

  onOrderAgain() {
    const order = this.data.order;
    wx.redirectTo({ url: order ? `/pages/menu/menu?id=${order.restaurant}` : '/pages/index/index' });
  },

  onOpenOrders() {
    wx.redirectTo({ url: '/pages/orders/orders' });
  },

  onBackHome() {
    wx.reLaunch({ url: '/pages/index/index' });
  },
});
