// One drink: choose size, temperature, sugar, milk, extra shot and quantity; the price follows.
var menu = require('../../lib/menu.js');
var drinkLine = require('../../lib/drink-line.js');
var cart = require('../../lib/cart.js');

function allowed(kind, codes) {
  return menu.data.options[kind].filter(function (o) { return codes.indexOf(o.code) >= 0; });
}

Page({
  data: { storeId: '', drink: null, sizes: [], temperatures: [], sugars: [], milks: [], choice: {}, qty: 1, unitPrice: 0, error: '' },
  onLoad: function (query) {
    var drink = menu.findDrink(query && query.drinkId);
    if (!drink) {
      wx.showToast({ title: '没有这款饮品', icon: 'none' });
      wx.navigateBack();
      return;
    }
    var defaults = drinkLine.resolveItem({ drinkId: drink.id }, 0).item.options;
    this.setData({
      storeId: query.storeId, drink: menu.drinkView(drink), sizes: menu.data.options.size, sugars: menu.data.options.sugar,
      temperatures: allowed('temperature', drink.temperatures), milks: allowed('milk', drink.milks),
      choice: { size: defaults.size, temperature: defaults.temperature, sugar: defaults.sugar, milk: defaults.milk || '', extraShot: false },
    });
    this.reprice();
  },
  item: function () {
    var c = this.data.choice;
    var item = { drinkId: this.data.drink.id, qty: this.data.qty, size: c.size, temperature: c.temperature, sugar: c.sugar, extraShot: !!c.extraShot };
    if (c.milk) item.milk = c.milk;
    return item;
  },
  reprice: function () {
    var priced = drinkLine.resolveItem(this.item(), 0);
    this.setData({ unitPrice: priced.item ? priced.item.unitPrice : 0, error: priced.error || '' });
  },
  onChoose: function (e) {
    var choice = this.data.choice;
    choice[e.currentTarget.dataset.kind] = e.currentTarget.dataset.code;
    this.setData({ choice: choice });
    this.reprice();
  },
  onShot: function () {
    var choice = this.data.choice;
    choice.extraShot = !choice.extraShot;
    this.setData({ choice: choice });
    this.reprice();
  },
  onQty: function (e) {
    var qty = Math.max(1, Math.min(drinkLine.MAX_QTY, this.data.qty + Number(e.currentTarget.dataset.step)));
    this.setData({ qty: qty });
    this.reprice();
  },
  onAdd: function () {
    if (this.data.error) return wx.showToast({ title: this.data.error, icon: 'none' });
    cart.add(this.data.storeId, this.item());
    wx.showToast({ title: '已加入购物车' });
    wx.navigateBack();
  },
  onBuyNow: function () {
    if (this.data.error) return wx.showToast({ title: this.data.error, icon: 'none' });
    cart.add(this.data.storeId, this.item());
    wx.navigateTo({ url: '/pages/checkout/checkout?storeId=' + this.data.storeId });
  },
});
