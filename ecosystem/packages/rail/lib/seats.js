// Seats left for (train, date, class) = fnv1a("G115|2026-11-21|second") % 30, business class
// sold out when that is below 8 — minus the tickets sold or held (an unpaid hold lasts 30 min).
var data = require('../data/rail.json');
var fnv = require('./fnv1a.js');
var clock = require('./clock.js');
var bookings = require('./bookings.js');

function capacity(number, date, seat) {
  var v = fnv.fnv1a(number + '|' + date + '|' + seat) % 30;
  return seat === 'business' && v < 8 ? 0 : v;
}

function holds(booking, nowMs) {
  if (booking.status === 'paid') return true;
  return booking.status === 'held' && nowMs - booking.createdAt < data.bookingHoldMinutes * 60000;
}

function taken(number, date, seat) {
  var nowMs = clock.now().ms;
  return bookings.all().reduce(function (n, b) {
    if (b.number !== number || b.date !== date || b.seat !== seat || !holds(b, nowMs)) return n;
    return n + b.tickets.filter(function (t) { return t.status !== 'refunded'; }).length;
  }, 0);
}

function left(number, date, seat) {
  return Math.max(0, capacity(number, date, seat) - taken(number, date, seat));
}

// The seat a paid ticket gets: car and seat letter, in sale order.
var LAYOUT = { business: { car: 1, letters: 'ACF' }, first: { car: 2, letters: 'ACDF' }, second: { car: 5, letters: 'ABCDF' } };

function seatNumber(seat, index) {
  var layout = LAYOUT[seat];
  var row = Math.floor(index / layout.letters.length) + 1;
  var pad = function (n) { return (n < 10 ? '0' : '') + n; };
  return pad(layout.car) + '车' + pad(row) + layout.letters.charAt(index % layout.letters.length);
}

module.exports = { capacity: capacity, left: left, holds: holds, seatNumber: seatNumber };
