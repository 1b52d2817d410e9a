// Confirmation: shows the fixed fare of the chosen route and car type. Requesting the ride
// creates the order and pays it up front (wx.requestPayment); the driver is then dispatched.
const fare = require('../../utils/fare.js');
const rides = require('../../utils/rides.js');
const { assignDriver } = require('../../utils/dispatch.js');
const { t, reasonOf } = require('../../utils/i18n.js');

Page({
  data: {
    ready: false,
    error: '',
    from: '',
    to: '',
    carType: '',
    fromName: '',
    fromNameEn: '',
    toName: '',
    toNameEn: '',
    city: '',
    carName: '',
    carNameEn: '',
    km: 0,
    minutes: 0,
    fare: 0,
    fareText: '',
    paying: false,
    payError: '',
  },

  onLoad(query) {
    const q = query || {};
    const carType = q.carType || 'economy';
    const quote = fare.quote(q.from, q.to, carType);
    if (!quote.ok) {
      this.setData({ ready: false, error: t(quote.code, quote.params), from: q.from || '', to: q.to || '', carType });
      return;
    }
    this.setData({
      ready: true,
      error: '',
      from: quote.from.id,
      to: quote.to.id,
      carType: quote.carType.code,
      fromName: quote.from.name,
      fromNameEn: quote.from.nameEn,
      toName: quote.to.name,
      toNameEn: quote.to.nameEn,
      city: quote.from.city,
      carName: quote.carType.name,
      carNameEn: quote.carType.nameEn,
      km: quote.km,
      minutes: quote.minutes,
      fare: quote.fare,
      fareText: quote.fare.toFixed(2),
    });
  },

  onChangeRoute() {
    wx.navigateBack({ delta: 1 });
  },

  async onRequestRide() {
    if (!this.data.ready || this.data.paying) return;
    const d = this.data;
    this.setData({ paying: true, payError: '' });
    let order;
    try {
      order = await wx.createOrder({
        title: `随行打车 · ${d.carName} ${d.fromName} → ${d.toName}`,
        amount: d.fare,
        lines: [{ ref: d.carType, name: `${d.carName}（一口价）`, qty: 1, unitPrice: d.fare, options: { from: d.from, to: d.to } }],
      });
    } catch (error) {
      this.setData({ paying: false, payError: t('orderFailed', { reason: reasonOf(error) }) });
      return;
    }
    rides.saveRide({
      orderId: order.orderId,
      status: 'pending',
      carType: d.carType,
      carName: d.carName,
      carNameEn: d.carNameEn,
      from: d.from,
      to: d.to,
      fromName: d.fromName,
      toName: d.toName,
      city: d.city,
      km: d.km,
      minutes: d.minutes,
      fare: d.fare,
      createdAt: Date.now(),
    });
    wx.requestPayment({
      orderId: order.orderId,
      success: () => {
        const driver = assignDriver(order.orderId, d.city);
        rides.updateRide(order.orderId, Object.assign({ status: 'dispatched', paidAt: Date.now() }, driver));
        wx.showToast({ title: t('rideRequested', { car: d.carName, carEn: d.carNameEn, fare: d.fareText }), icon: 'none' });
        wx.redirectTo({ url: `/pages/trip/trip?orderId=${order.orderId}` });
      },
      fail: (error) => {
        rides.updateRide(order.orderId, { status: 'unpaid' });
        this.setData({ paying: false, payError: t('payCanceled', { reason: reasonOf(error) }) });
      },
    });
  },
});
