// The rider's own trips, newest first.
const rides = require('../../utils/rides.js');
const { t } = require('../../utils/i18n.js');

const STATUS_KEYS = { pending: 'statusPending', dispatched: 'statusDispatched', canceled: 'statusCanceled', unpaid: 'statusUnpaid' };

Page({
  data: { trips: [] },

  onLoad() {
    this.load();
  },

  onShow() {
    this.load();
  },

  load() {
    const trips = rides.myRides().map((r) => ({
      orderId: r.orderId,
      route: `${r.fromName} → ${r.toName}`,
      carName: r.carName,
      fareText: Number(r.fare).toFixed(2),
      statusText: t(STATUS_KEYS[r.status] || 'statusPending'),
    }));
    this.setData({ trips });
  },

  onOpenTrip(e) {
    wx.navigateTo({ url: `/pages/trip/trip?orderId=${e.currentTarget.dataset.id}` });
  },

  onNewRide() {
    wx.reLaunch({ url: '/pages/index/index' });
  },
});
