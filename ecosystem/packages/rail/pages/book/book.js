// Book: choose the class and the passengers (read with the user's consent), then pay.
var trips = require('../../lib/trips.js');
var search = require('../../lib/search.js');
var passengers = require('../../lib/passengers.js');
var book = require('../../lib/book.js');
var settle = require('../../lib/settle.js');
var money = require('../../lib/money.js');

Page({
  data: { train: null, seat: 'second', passengers: [], chosen: {}, count: 0, total: 0, error: '', paying: false },
  onLoad: function (query) {
    var trip = trips.parseId(query && query.trainId);
    if (!trip) return this.setData({ error: '车次无效，请返回重新查询。' });
    this.setData({ train: search.trainView(trip), seat: query.seat || 'second' });
    var self = this;
    passengers.read().then(function (read) {
      if (read.error) return self.setData({ error: read.error });
      self.setData({ passengers: read.passengers.map(passengers.view) });
    });
  },
  reprice: function () {
    var seat = this.data.seat;
    var price = this.data.train.seats.filter(function (s) { return s.seatClass === seat; })[0].price;
    var count = Object.keys(this.data.chosen).filter(function (k) { return this.data.chosen[k]; }, this).length;
    this.setData({ count: count, total: money.yuan(money.fen(price) * count) });
  },
  onSeat: function (e) {
    this.setData({ seat: e.currentTarget.dataset.seat });
    this.reprice();
  },
  onPassenger: function (e) {
    var chosen = this.data.chosen;
    var id = e.currentTarget.dataset.id;
    chosen[id] = !chosen[id];
    this.setData({ chosen: chosen });
    this.reprice();
  },
  onSubmit: function () {
    var self = this;
    var ids = Object.keys(self.data.chosen).filter(function (k) { return self.data.chosen[k]; });
    if (self.data.paying) return;
    if (!ids.length) return self.setData({ error: '请至少选择一位乘车人。' });
    self.setData({ paying: true, error: '' });
    book.bookTickets({ trainId: self.data.train.id, seat: self.data.seat, passengerIds: ids }).then(function (done) {
      if (done.error) return self.setData({ paying: false, error: done.error });
      var orderId = done.booking.orderId;
      wx.requestPayment({
        orderId: orderId,
        success: function () {
          settle.settle(orderId, 'paid').then(function () { wx.redirectTo({ url: '/pages/result/result?orderId=' + orderId }); });
        },
        fail: function () {
          settle.settle(orderId, 'canceled').then(function () { self.setData({ paying: false, error: '支付未完成，订单已取消，座位已释放，未扣款。' }); });
        },
      });
    });
  },
});
