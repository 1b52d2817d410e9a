// listMyTickets: this user's tickets, upcoming first; refunded and canceled ones only when asked.
var bookings = require('../../../lib/bookings.js');
var views = require('../../../lib/ticket-view.js');
var money = require('../../../lib/money.js');
var i18n = require('../../../lib/i18n.js');
var reply = require('../utils/reply.js');

module.exports = async function listMyTickets(args) {
  var history = !!(args && args.includeHistory);
  var tickets = [];
  bookings.mine().forEach(function (b) {
    b.tickets.forEach(function (t) {
      if (history || t.status === 'paid' || t.status === 'held') tickets.push(views.ticketView(b, t));
    });
  });
  tickets.sort(function (a, b) { return (a.date + a.departTime).localeCompare(b.date + b.departTime); });
  if (!tickets.length) return reply.ok(i18n.t('您目前没有' + (history ? '' : '未出行的') + '车票。需要出行可以告诉我出发地、目的地和日期来查车次。',
    'You have no ' + (history ? '' : 'upcoming ') + 'tickets. Tell me where from, where to and when to search trains.'), { tickets: [] });
  var lines = tickets.slice(0, 6).map(function (t) {
    return t.number + ' ' + t.date + ' ' + t.departTime + ' ' + t.fromName + '→' + t.toName + ' ' + t.seatName + ' ' + t.passengerName + (t.seatNo ? ' ' + t.seatNo : '') + ' ' + money.show(money.fen(t.price)) + ' ' + t.statusText;
  }).join(i18n.t('；', '; '));
  return reply.ok(i18n.t('您有 ' + tickets.length + ' 张车票：' + lines + '。退票请用 refundTicket（ticketId 用 tickets[].id），开车前可退，收 5% 退票费（最低 ¥2）。',
    'You have ' + tickets.length + ' ticket(s): ' + lines + '. To refund, use refundTicket with a tickets[].id; refunds are possible before departure for a 5% fee (at least ¥2).'), { tickets: tickets });
};
