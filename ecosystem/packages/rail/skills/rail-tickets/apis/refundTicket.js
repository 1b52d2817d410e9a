// refundTicket: refunds one ticket before departure, fare minus the 5% fee (at least ¥2).
var refund = require('../../../lib/refund.js');
var views = require('../../../lib/ticket-view.js');
var words = require('../../../lib/words.js');
var money = require('../../../lib/money.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

module.exports = async function refundTicket(args) {
  var done = await refund.refundTicket(args && args.ticketId);
  if (done.error) return reply.fail(done.error);
  var b = done.booking;
  var t = done.ticket;
  return reply.ok(i18n.t(
    '已退票：' + words.trip(b) + ' ' + words.seatName(b.seat) + '（' + t.passengerName + '），票价 ' + money.show(money.fen(t.fare)) + '，退票费 ' + money.show(money.fen(t.refundFee)) + '，退款 ' + money.show(money.fen(t.refundAmount)) + ' 将原路退回。如需改乘其他车次，可以重新查询购票。',
    'Refunded: ' + words.trip(b) + ' ' + words.seatName(b.seat).toLowerCase() + ' (' + t.passengerName + '), fare ' + money.show(money.fen(t.fare)) + ', fee ' + money.show(money.fen(t.refundFee)) + ', ' + money.show(money.fen(t.refundAmount)) + ' goes back to the payer. Search again to book another train.'),
    { ticket: views.ticketView(b, t) });
};
