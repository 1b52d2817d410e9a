// After payment: the tickets with car and seat numbers.
var bookings = require('../../lib/bookings.js');
var views = require('../../lib/ticket-view.js');

Page({
  data: { order: null },
  onLoad: function (query) {
    var b = bookings.get(query && query.orderId);
    this.setData({ order: b ? views.bookingView(b) : null });
  },
  onTickets: function () {
    wx.redirectTo({ url: '/pages/tickets/tickets' });
  },
});
