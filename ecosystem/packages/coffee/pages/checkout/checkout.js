// Checkout: the cart re-priced, pickup or delivery (address with the user's consent), then pay.
var menu = require('../../lib/menu.js');
var cart = require('../../lib/cart.js');
var drinkLine = require('../../lib/drink-line.js');
var money = require('../../lib/money.js');
var place = require('../../lib/place-order.js');
var settle = require('../../lib/settle.js');
var addressBook = require('../../lib/delivery-address.js');

Page({
  data: { storeId: '', store: null, lines: [], fulfilment: 'pickup', addresses: [], addressId: '', subtotal: 0, deliveryFee: 0, total: 0, note: '', paying: false },
  onLoad: function (query) {
    var store = menu.findStore(query && query.storeId);
    if (!store) return wx.redirectTo({ url: '/pages/index/index' });
    this.setData({ storeId: store.id, store: menu.storeView(store) });
    this.refresh();
  },
  refresh: function () {
    var lines = cart.read(this.data.storeId).map(function (it, k) { return drinkLine.resolveItem(it, k).item; }).filter(Boolean);
    var subtotal = lines.reduce(function (n, l) { return n + money.fen(l.lineTotal); }, 0);
    var fee = this.data.fulfilment === 'delivery' ? money.fen(menu.data.fulfilment.delivery.fee) : 0;
    this.setData({ lines: lines, subtotal: money.yuan(subtotal), deliveryFee: money.yuan(fee), total: money.yuan(subtotal + fee) });
  },
  onFulfilment: function (e) {
    var fulfilment = e.currentTarget.dataset.code;
    this.setData({ fulfilment: fulfilment });
    this.refresh();
    if (fulfilment === 'delivery' && !this.data.addresses.length) this.loadAddresses();
  },
  loadAddresses: function () {
    var self = this;
    addressBook.readAddresses().then(function (read) {
      if (read.error) {
        self.setData({ fulfilment: 'pickup', note: read.error });
        self.refresh();
        return;
      }
      var local = read.addresses.filter(function (a) { return a.city === self.data.store.city; });
      self.setData({ addresses: read.addresses, addressId: local.length ? local[0].id : '', note: local.length ? '' : '只支持同城配送，您在' + self.data.store.city + '没有收货地址。' });
    });
  },
  onAddress: function (e) {
    this.setData({ addressId: e.currentTarget.dataset.id });
  },
  onRemove: function (e) {
    cart.remove(this.data.storeId, Number(e.currentTarget.dataset.index));
    this.refresh();
  },
  onSubmit: function () {
    var self = this;
    if (self.data.paying || !self.data.lines.length) return;
    self.setData({ paying: true });
    var args = { storeId: self.data.storeId, items: cart.read(self.data.storeId), fulfilment: self.data.fulfilment };
    if (self.data.fulfilment === 'delivery' && self.data.addressId) args.addressId = self.data.addressId;
    place.placeOrder(args).then(function (placed) {
      if (placed.error) {
        self.setData({ paying: false, note: placed.error });
        return;
      }
      var orderId = placed.order.orderId;
      wx.requestPayment({
        orderId: orderId,
        success: function () {
          settle.settle(orderId, 'paid').then(function () {
            cart.clear();
            wx.redirectTo({ url: '/pages/result/result?orderId=' + orderId });
          });
        },
        fail: function () {
          settle.settle(orderId, 'canceled').then(function () {
            self.setData({ paying: false, note: '支付未完成，订单已取消，未扣款。' });
          });
        },
      });
    });
  },
});
