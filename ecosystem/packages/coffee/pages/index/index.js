// Stores: pick one to open its menu.
var menu = require('../../lib/menu.js');

Page({
  data: { city: '', cities: ['北京', '上海'], stores: [] },
  onLoad: function (query) {
    this.showCity((query && query.city) || '');
  },
  showCity: function (city) {
    var list = city ? menu.storesIn(city) : menu.data.stores;
    this.setData({ city: city, stores: list.map(menu.storeView) });
  },
  onCity: function (e) {
    this.showCity(e.currentTarget.dataset.city);
  },
  onStore: function (e) {
    wx.navigateTo({ url: '/pages/menu/menu?storeId=' + e.currentTarget.dataset.id });
  },
  onOrders: function () {
    wx.navigateTo({ url: '/pages/orders/orders' });
  },
});
