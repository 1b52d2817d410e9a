// bookTickets: holds seats on one train for the chosen passengers and creates the order to confirm.
var book = require('../../../lib/book.js');
var words = require('../../../lib/words.js');
var money = require('../../../lib/money.js');
var i18n = require('../../../lib/i18n.js');
var views = require('../../../lib/ticket-view.js');
var reply = require('../utils/reply.js');

module.exports = async function bookTickets(args) {
  var done = await book.bookTickets(args || {}, 'onTicketsPaid');
  if (done.error) return reply.fail(done.error);
  var b = done.booking;
  var who = words.list(b.tickets.map(function (t) { return t.passengerName; }));
  return reply.ok(i18n.t(
    '已为 ' + who + ' 锁定 ' + words.trip(b) + ' ' + words.seatName(b.seat) + ' ' + b.tickets.length + ' 张，共 ' + money.show(money.fen(b.total)) + '，待支付（座位保留 30 分钟）。请展示订单确认卡片，并请用户核对车次、乘车人和金额后确认支付；支付成功前不要说已出票。',
    'Held ' + b.tickets.length + ' ' + words.seatName(b.seat).toLowerCase() + ' seat(s) on ' + words.trip(b) + ' for ' + who + ', total ' + money.show(money.fen(b.total)) + ', awaiting payment (held for 30 minutes). Show the order confirmation card and ask the user to check the train, passengers and total, then confirm the payment; do not say it is ticketed before that.'),
    views.bookingView(b));
};
