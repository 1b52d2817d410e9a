// The diner's own bookings, newest first.
const bookings = require('../../utils/bookings.js');
const { t, roomName } = require('../../utils/i18n.js');

const STATUS_KEYS = { pending: 'statusPending', paid: 'statusPaid', unpaid: 'statusUnpaid', canceled: 'statusCanceled' };

Page({
  data: { bookings: [] },

  onLoad() {
    this.load();
  },

  onShow() {
    this.load();
  },

  load() {
    const list = bookings.myBookings().map((b) => ({
      orderId: b.orderId,
      restaurantName: b.restaurantName,
      when: `${b.date} ${b.time}`,
      detail: `${b.partySize} 位 · ${roomName(b.room)} · ¥${b.deposit}`,
      statusText: t(STATUS_KEYS[b.status] || 'statusPending'),
    }));
    this.setData({ bookings: list });
  },

  onOpenBooking(e) {
    wx.navigateTo({ url: `/pages/result/result?orderId=${e.currentTarget.dataset.id}` });
  },

  onBackHome() {
    wx.reLaunch({ url: '/pages/index/index' });
  },
});
