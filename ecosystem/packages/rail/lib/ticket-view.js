// A ticket as the user, the cards and the model see it: no full ID number, ever.
var i18n = require('./i18n.js');
var stations = require('./stations.js');
var passengers = require('./passengers.js');
var words = require('./words.js');

var STATUS = { held: ['待支付', 'awaiting payment'], paid: ['已出票', 'ticketed'], canceled: ['已取消', 'canceled'], refunded: ['已退票', 'refunded'] };

function ticketView(b, t) {
  var status = STATUS[t.status] || [t.status, t.status];
  var to = stations.byCode(b.to);
  return {
    id: t.id, name: b.number + ' ' + t.passengerName + ' ' + b.date, aliases: [b.number, to.city, to.name, t.passengerName],
    orderId: b.orderId, number: b.number, date: b.date, departTime: b.departTime, arriveTime: b.arriveTime,
    from: b.from, fromName: words.station(b.from), to: b.to, toName: words.station(b.to),
    seat: b.seat, seatName: words.seatName(b.seat), seatNo: t.seatNo || null,
    passengerId: t.passengerId, passengerName: t.passengerName, idNumber: passengers.maskId(t.idNumber),
    price: t.fare, status: t.status, statusText: i18n.t(status[0], status[1]),
    refundAmount: t.refundAmount === undefined ? null : t.refundAmount, refundFee: t.refundFee === undefined ? null : t.refundFee,
  };
}

// The order behind a booking, for the confirmation and receipt cards.
function bookingView(b) {
  return {
    orderId: b.orderId, status: b.status, trainId: b.tripId, number: b.number, date: b.date,
    from: b.from, fromName: words.station(b.from), to: b.to, toName: words.station(b.to),
    departTime: b.departTime, arriveTime: b.arriveTime, seat: b.seat, seatName: words.seatName(b.seat),
    tickets: b.tickets.map(function (t) { return ticketView(b, t); }), total: b.total,
  };
}

module.exports = { ticketView: ticketView, bookingView: bookingView };
