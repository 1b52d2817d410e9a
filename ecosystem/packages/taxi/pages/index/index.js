// Home: choose the city, the pickup and the destination, compare the fixed fares of the
// car types, then go to the confirmation page to request (and pay for) the ride.
const fare = require('../../utils/fare.js');
const { t, cityEn } = require('../../utils/i18n.js');

Page({
  data: {
    cities: [],
    city: '北京',
    keyword: '',
    places: [],
    fromId: '',
    toId: '',
    fromName: '',
    toName: '',
    km: 0,
    minutes: 0,
    options: [],
    carType: 'economy',
    carName: '快车',
    routeError: '',
    canRequest: false,
  },

  onLoad(query) {
    const cities = fare.cities().map((name) => ({ name, nameEn: cityEn(name) }));
    const q = query || {};
    const start = fare.placeById(q.from);
    const city = fare.cities().indexOf(q.city) >= 0 ? q.city : start ? start.city : '北京';
    this.setData({ cities, city });
    this.refresh({ fromId: q.from || '', toId: q.to || '', carType: q.carType || 'economy' });
  },

  onSelectCity(e) {
    this.refresh({ city: e.currentTarget.dataset.city, keyword: '' });
  },

  onSearchInput(e) {
    this.refresh({ keyword: String(e.detail.value || '').trim() });
  },

  onSelectFrom(e) {
    this.refresh({ fromId: e.currentTarget.dataset.id });
  },

  onSelectTo(e) {
    this.refresh({ toId: e.currentTarget.dataset.id });
  },

  onSwapPlaces() {
    this.refresh({ fromId: this.data.toId, toId: this.data.fromId });
  },

  onSelectCarType(e) {
    this.refresh({ carType: e.currentTarget.dataset.code });
  },

  onRequestRide() {
    const { fromId, toId, carType } = this.data;
    const quote = fare.quote(fromId, toId, carType);
    if (!quote.ok) {
      this.setData({ routeError: t(quote.code, quote.params) });
      wx.showToast({ title: t(quote.code, quote.params), icon: 'none' });
      return;
    }
    wx.navigateTo({ url: `/pages/confirm/confirm?from=${fromId}&to=${toId}&carType=${carType}` });
  },

  onOpenTrips() {
    wx.navigateTo({ url: '/pages/trips/trips' });
  },

  // Recomputes the place list and the estimate after any change.
  refresh(changes) {
    const next = Object.assign({}, this.data, changes);
    const keyword = String(next.keyword || '').toLowerCase();
    const places = (keyword ? fare.allPlaces() : fare.placesInCity(next.city))
      .filter((p) => !keyword || p.name.toLowerCase().indexOf(keyword) >= 0 || p.nameEn.toLowerCase().indexOf(keyword) >= 0)
      .map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn, city: p.city }));
    const from = fare.placeById(next.fromId);
    const to = fare.placeById(next.toId);
    const estimate = from && to ? fare.estimate(from.id, to.id) : null;
    const carType = fare.carTypeByCode(next.carType) || fare.carTypes[0];
    this.setData({
      city: next.city,
      keyword: next.keyword,
      places,
      fromId: from ? from.id : '',
      toId: to ? to.id : '',
      fromName: from ? from.name : '',
      toName: to ? to.name : '',
      carType: carType.code,
      carName: carType.name,
      km: estimate && estimate.ok ? estimate.km : 0,
      minutes: estimate && estimate.ok ? estimate.minutes : 0,
      options: estimate && estimate.ok ? estimate.options : [],
      routeError: estimate && !estimate.ok ? t(estimate.code, estimate.params) : '',
      canRequest: Boolean(estimate && estimate.ok),
    });
  },
});
