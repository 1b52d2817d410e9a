// A store's menu by category; the cart (kept per user) shows at the bottom.
var menu = require('../../lib/menu.js');
var cart = require('../../lib/cart.js');

Page({
  data: { storeId: '', store: null, categories: [], category: 'coffee', drinks: [], cartCount: 0 },
  onLoad: function (query) {
    var store = menu.findStore(query && query.storeId);
    if (!store) {
      wx.showToast({ title: '请先选择门店', icon: 'none' });
      wx.redirectTo({ url: '/pages/index/index' });
      return;
    }
    this.setData({ storeId: store.id, store: menu.storeView(store), categories: menu.data.categories });
    this.showCategory('coffee');
  },
  onShow: function () {
    this.setData({ cartCount: cart.count(this.data.storeId) });
  },
  showCategory: function (category) {
    var drinks = menu.data.drinks.filter(function (d) { return d.category === category; }).map(menu.drinkView);
    this.setData({ category: category, drinks: drinks, cartCount: cart.count(this.data.storeId) });
  },
  onCategory: function (e) {
    this.showCategory(e.currentTarget.dataset.id);
  },
  onDrink: function (e) {
    wx.navigateTo({ url: '/pages/drink/drink?storeId=' + this.data.storeId + '&drinkId=' + e.currentTarget.dataset.id });
  },
  onCheckout: function () {
    wx.navigateTo({ url: '/pages/checkout/checkout?storeId=' + this.data.storeId });
  },
});
