// Refunds one paid ticket before departure: fare minus 5% (at least ¥2), back to the payer;
// the seat goes back on sale. Returns { error } or { booking, ticket }.
var data = require('../data/rail.json');
var i18n = require('./i18n.js');
var clock = require('./clock.js');
var money = require('./money.js');
var bookings = require('./bookings.js');

function feeFen(fareFen) {
  return Math.min(fareFen, Math.max(money.fen(data.refund.minFee), Math.round(fareFen * data.refund.feeRate)));
}

function find(ticketId) {
  var mine = bookings.mine();
  for (var i = 0; i < mine.length; i++) {
    var t = mine[i].tickets.filter(function (x) { return x.id === ticketId; })[0];
    if (t) return { booking: mine[i], ticket: t };
  }
  return null;
}

async function refundTicket(ticketId) {
  var found = find(ticketId);
  if (!found) return { error: i18n.t('没有找到您的车票 ' + ticketId + '。请先用 listMyTickets 查看车票，并使用它返回的 tickets[].id。',
    'You have no ticket ' + ticketId + '. Call listMyTickets and use one of its tickets[].id.') };
  var b = found.booking;
  var t = found.ticket;
  if (t.status === 'refunded') return { error: i18n.t('这张车票已经退过了，退款 ' + money.show(money.fen(t.refundAmount)) + ' 已原路退回。', 'This ticket was already refunded; ' + money.show(money.fen(t.refundAmount)) + ' went back to the payer.') };
  if (t.status !== 'paid') return { error: i18n.t('这张车票还没有支付出票，无需退票；未支付的订单不会扣款。', 'This ticket was never paid, so there is nothing to refund and nothing was charged.') };
  if (b.departsAt <= clock.now().ms) return { error: i18n.t(b.number + ' 已于 ' + b.date + ' ' + b.departTime + ' 发车，开车后不能在线退票。请到车站窗口办理。',
    b.number + ' left at ' + b.date + ' ' + b.departTime + '; tickets cannot be refunded online after departure. Please go to a station ticket office.') };
  var fare = money.fen(t.fare);
  var fee = feeFen(fare);
  var refund = await wx.refundOrder({ orderId: b.orderId, amount: money.yuan(fare - fee), reason: i18n.t('退票 ', 'Refund ') + b.number + ' ' + t.passengerName });
  t.status = 'refunded';
  t.refundAmount = money.yuan(fare - fee);
  t.refundFee = money.yuan(fee);
  t.refundId = refund && refund.refundId;
  t.refundedAt = clock.now().ms;
  bookings.save(b);
  return { booking: b, ticket: t };
}

module.exports = { refundTicket: refundTicket, feeFen: feeFen };
