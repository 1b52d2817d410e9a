// Books seats on one trip for one or more passengers: checks the sale period, the seats left
// and the passengers (read with consent), holds the seats and creates the order, one line per
// passenger. Nothing is charged here: the user confirms and pays. Returns { error } or { booking }.
var i18n = require('./i18n.js');
var clock = require('./clock.js');
var money = require('./money.js');
var trips = require('./trips.js');
var seats = require('./seats.js');
var search = require('./search.js');
var words = require('./words.js');
var bookings = require('./bookings.js');
var passengers = require('./passengers.js');

var MAX_PASSENGERS = 5;

// Other ways to travel when a class is sold out: other classes of this train, the same class on nearby trains.
function alternatives(trip, seat, count) {
  var rank = function (c) { return Math.abs(trips.classes.indexOf(c) - trips.classes.indexOf(trips.seatClass(seat))); };
  var classes = trips.classes.filter(function (c) { return c.code !== seat && seats.left(trip.number, trip.date, c.code) >= count; })
    .sort(function (a, b) { return rank(a) - rank(b); })
    .map(function (c) { return i18n.nameOf(c) + i18n.t('（余 ' + seats.left(trip.number, trip.date, c.code) + ' 张）', ' (' + seats.left(trip.number, trip.date, c.code) + ' left)'); });
  var nowMs = clock.now().ms;
  var others = trips.search(trip.from, trip.to, trip.date).filter(function (t) {
    return t.number !== trip.number && t.departsAt > nowMs && seats.left(t.number, t.date, seat) >= count;
  }).sort(function (a, b) { return Math.abs(a.departsAt - trip.departsAt) - Math.abs(b.departsAt - trip.departsAt); }).slice(0, 2)
    .map(function (t) { return t.number + ' ' + t.departTime; });
  return i18n.t(
    (classes.length ? '可以改选本车次的' + words.list(classes) : '本车次其他座席也已无票') + (others.length ? '，或改乘同样有' + words.seatName(seat) + '的 ' + words.list(others) : '') + '。',
    (classes.length ? 'You can switch to ' + words.list(classes) + ' on this train' : 'Other classes on this train are sold out too') + (others.length ? ', or take ' + words.list(others) + ', which still have ' + words.seatName(seat).toLowerCase() : '') + '.');
}

function checkTrip(args) {
  var trip = trips.parseId(args.trainId);
  if (!trip) return { error: i18n.t('车次 ID「' + args.trainId + '」无效。请先调用 searchTrains 查询车次，并使用它返回的 trains[].id，不要自己拼写。',
    'The train id "' + args.trainId + '" is not valid. Call searchTrains first and use one of its trains[].id; never build one yourself.') };
  var day = search.checkDate(trip.date);
  if (day.error) return day;
  if (trip.departsAt <= clock.now().ms) return { error: i18n.t(trip.number + ' 已于 ' + trip.departTime + ' 发车，不能再购票。请查询之后的车次。', trip.number + ' left at ' + trip.departTime + '; tickets are no longer sold. Search for a later train.') };
  if (!trips.seatClass(args.seat)) return { error: i18n.t('座席只能是 second（二等座）、first（一等座）或 business（商务座）。', 'The seat class must be second, first or business.') };
  return { trip: trip };
}

function checkSeats(trip, seat, count) {
  var left = seats.left(trip.number, trip.date, seat);
  if (left >= count) return null;
  var what = trip.number + ' ' + trip.date + ' ' + words.station(trip.from) + '→' + words.station(trip.to) + ' ' + words.seatName(seat);
  return left === 0
    ? i18n.t(what + '已售罄，无票。', what + ' is sold out. ') + alternatives(trip, seat, count)
    : i18n.t(what + '只剩 ' + left + ' 张，不够 ' + count + ' 人。', what + ' has only ' + left + ' left, not enough for ' + count + '. ') + alternatives(trip, seat, count);
}

// { passengers } or { error }: the ones asked for; with none asked for, the only saved passenger.
async function pickPassengers(ids) {
  var read = await passengers.read();
  if (read.error) return read;
  var known = read.passengers;
  var names = words.list(known.map(function (p) { return p.name; }));
  if (!ids.length) {
    if (known.length === 1) return { passengers: known };
    return { error: known.length ? i18n.t('请问给哪几位乘车人购票？您的乘车人有：' + names + '（passengerIds 来自 listPassengers）。',
      'Who is travelling? Your passengers: ' + names + ' (passengerIds come from listPassengers).')
      : i18n.t('您还没有添加乘车人。火车票实名制，请先在个人资料里添加乘车人（姓名和证件号）。', 'You have no saved passengers. Tickets are issued to real names: add a passenger (name and ID) to your profile first.') };
  }
  var picked = [];
  for (var i = 0; i < ids.length; i++) {
    var p = known.filter(function (x) { return x.id === ids[i]; })[0];
    if (!p) return { error: i18n.t('没有找到乘车人 ' + ids[i] + '。您的乘车人有：' + (names || '无') + '。请用 listPassengers 返回的 passengers[].id。',
      'There is no passenger ' + ids[i] + '. Your passengers: ' + (names || 'none') + '. Use a passengers[].id from listPassengers.') };
    picked.push(p);
  }
  return { passengers: picked };
}

function alreadyBooked(trip, list) {
  var nowMs = clock.now().ms;
  var clash = [];
  bookings.all().forEach(function (b) {
    if (b.number !== trip.number || b.date !== trip.date || !seats.holds(b, nowMs)) return;
    b.tickets.forEach(function (t) {
      if (t.status !== 'refunded' && list.some(function (p) { return p.idNumber === t.idNumber; })) clash.push(t.passengerName);
    });
  });
  return clash.length ? i18n.t(words.list(clash) + ' 已有 ' + trip.number + ' ' + trip.date + ' 的车票或待支付订单，同一乘车人同一车次不能重复购票。可以在「我的车票」查看。',
    words.list(clash) + ' already has a ticket or a pending order on ' + trip.number + ' ' + trip.date + '; one passenger cannot book the same train twice. See My tickets.') : null;
}

async function bookTickets(request, notifyApi) {
  var args = { trainId: request.trainId, seat: request.seat || 'second', passengerIds: request.passengerIds || [] };
  var checked = checkTrip(args);
  if (checked.error) return checked;
  var trip = checked.trip;
  var ids = args.passengerIds.filter(function (id, k, all) { return all.indexOf(id) === k; });
  if (ids.length > MAX_PASSENGERS) return { error: i18n.t('一个订单最多 ' + MAX_PASSENGERS + ' 位乘车人，请分开购买。', 'One order takes at most ' + MAX_PASSENGERS + ' passengers; book the rest separately.') };
  var full = checkSeats(trip, args.seat, Math.max(1, ids.length));
  if (full) return { error: full };
  var who = await pickPassengers(ids);
  if (who.error) return who;
  var clash = alreadyBooked(trip, who.passengers);
  if (clash) return { error: clash };
  var fare = trips.fareFen(trip.km, args.seat);
  var seatText = words.seatName(args.seat);
  var lines = who.passengers.map(function (p) {
    return { ref: trip.number, name: trip.number + ' ' + words.station(trip.from) + '→' + words.station(trip.to) + ' ' + seatText + ' ' + p.name, qty: 1, unitPrice: money.yuan(fare),
      options: { date: trip.date, from: trip.from, to: trip.to, seat: args.seat, passenger: p.id } };
  });
  var draft = { title: i18n.t('火车票 ', 'Train ticket ') + words.trip(trip), amount: money.yuan(fare * lines.length), lines: lines };
  if (notifyApi) draft.notifyApi = notifyApi;
  var view = await wx.createOrder(draft);
  var booking = {
    orderId: view.orderId, tripId: trip.id, number: trip.number, date: trip.date, from: trip.from, to: trip.to,
    departTime: trip.departTime, arriveTime: trip.arriveTime, departsAt: trip.departsAt, seat: args.seat, status: 'held',
    createdAt: clock.now().ms, total: money.yuan(fare * lines.length),
    tickets: who.passengers.map(function (p, k) {
      return { id: view.orderId + '-' + (k + 1), passengerId: p.id, passengerName: p.name, idNumber: p.idNumber, fare: money.yuan(fare), status: 'held', seatNo: null };
    }),
  };
  bookings.save(booking);
  bookings.addMine(booking.orderId);
  return { booking: booking };
}

module.exports = { bookTickets: bookTickets, alternatives: alternatives, MAX_PASSENGERS: MAX_PASSENGERS };
