// One trip after it was requested: the driver on the way, and a free cancellation (with a
// full refund) before pickup.
const rides = require('../../utils/rides.js');
const { t, reasonOf } = require('../../utils/i18n.js');

const STATUS_KEYS = { pending: 'statusPending', dispatched: 'statusDispatched', canceled: 'statusCanceled', unpaid: 'statusUnpaid' };

Page({
  data: {
    orderId: '',
    found: false,
    error: '',
    ride: null,
    statusText: '',
    fareText: '',
    canCancel: false,
    message: '',
  },

  onLoad(query) {
    this.setData({ orderId: (query && query.orderId) || '' });
    this.show('');
  },

  onShow() {
    if (this.data.orderId) this.show(this.data.message);
  },

  show(message) {
    const ride = rides.getRide(this.data.orderId);
    if (!ride) {
      this.setData({ found: false, error: t('rideNotFound'), ride: null });
      return;
    }
    this.setData({
      found: true,
      error: '',
      ride,
      statusText: t(STATUS_KEYS[ride.status] || 'statusPending'),
      fareText: Number(ride.fare).toFixed(2),
      canCancel: ride.status === 'dispatched',
      message: message || '',
    });
  },

  onCancelRide() {
    const ride = rides.getRide(this.data.orderId);
    if (!ride || ride.status !== 'dispatched') {
      this.show(t('cannotCancel', { status: ride ? t(STATUS_KEYS[ride.status] || 'statusPending') : '' }));
      return;
    }
    wx.showModal({
      title: t('cancelTitle'),
      content: t('cancelAsk', { fare: Number(ride.fare).toFixed(2) }),
      success: (res) => {
        if (res && res.confirm) this.cancelAndRefund(ride);
      },
    });
  },

  async cancelAndRefund(ride) {
    try {
      await wx.refundOrder({ orderId: ride.orderId, amount: ride.fare, reason: '乘客在司机接驾前取消行程' });
    } catch (error) {
      this.show(t('cancelFailed', { reason: reasonOf(error) }));
      return;
    }
    rides.updateRide(ride.orderId, { status: 'canceled', canceledAt: Date.now() });
    this.show(t('canceled', { fare: Number(ride.fare).toFixed(2) }));
  },

  onRideAgain() {
    const ride = this.data.ride;
    wx.reLaunch({ url: ride ? `/pages/index/index?from=${ride.from}&to=${ride.to}&carType=${ride.carType}` : '/pages/index/index' });
  },

  onOpenTrips() {
    wx.navigateTo({ url: '/pages/trips/trips' });
  },
});
