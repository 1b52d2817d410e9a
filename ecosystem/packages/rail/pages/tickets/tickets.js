// My tickets; a paid ticket can be refunded before departure (5% fee, at least ¥2).
var bookings = require('../../lib/bookings.js');
var views = require('../../lib/ticket-view.js');
var refund = require('../../lib/refund.js');
var money = require('../../lib/money.js');

Page({
  data: { tickets: [], message: '' },
  onShow: function () {
    this.refresh();
  },
  refresh: function () {
    var tickets = [];
    bookings.mine().forEach(function (b) {
      b.tickets.forEach(function (t) { tickets.push(views.ticketView(b, t)); });
    });
    this.setData({ tickets: tickets });
  },
  onRefund: function (e) {
    var self = this;
    var ticket = self.data.tickets.filter(function (t) { return t.id === e.currentTarget.dataset.id; })[0];
    if (!ticket) return;
    var fee = refund.feeFen(money.fen(ticket.price));
    wx.showModal({
      title: '确认退票',
      content: ticket.number + ' ' + ticket.date + ' ' + ticket.passengerName + '：退票费 ' + money.show(fee) + '，退款 ' + money.show(money.fen(ticket.price) - fee) + '。',
      success: function (res) {
        if (!res.confirm) return;
        refund.refundTicket(ticket.id).then(function (done) {
          self.setData({ message: done.error || '已退票，退款 ' + money.show(money.fen(done.ticket.refundAmount)) + ' 将原路退回。' });
          self.refresh();
        });
      },
    });
  },
});
