// Train search between two places on a date: every train of the day with its times, fares and
// seats left; the train leaving at the asked time goes first. Returns { error } or { result, text }.
var i18n = require('./i18n.js');
var clock = require('./clock.js');
var money = require('./money.js');
var stations = require('./stations.js');
var trips = require('./trips.js');
var seats = require('./seats.js');
var words = require('./words.js');

var PRESALE_DAYS = 15;

// { date } or { error }: today when absent; never in the past nor beyond the presale period.
function checkDate(date) {
  var today = clock.now().date;
  var d = date || today;
  if (!clock.isDate(d)) return { error: i18n.t('日期「' + date + '」格式不对，请用 YYYY-MM-DD，例如 ' + clock.addDays(today, 1) + '。', 'The date "' + date + '" is not valid; use YYYY-MM-DD, e.g. ' + clock.addDays(today, 1) + '.') };
  var ahead = clock.daysBetween(today, d);
  if (ahead < 0) return { error: i18n.t(d + ' 已经过去，不能购票。请选择今天（' + today + '）或之后的日期。', d + ' is in the past. Choose today (' + today + ') or a later date.') };
  if (ahead >= PRESALE_DAYS) return { error: i18n.t('车票只预售 ' + PRESALE_DAYS + ' 天内（到 ' + clock.addDays(today, PRESALE_DAYS - 1) + '）的车次，' + d + ' 还未开售。请选择更近的日期，或到时再来购买。',
    'Tickets go on sale ' + PRESALE_DAYS + ' days ahead (up to ' + clock.addDays(today, PRESALE_DAYS - 1) + '); ' + d + ' is not on sale yet. Choose an earlier date.') };
  return { date: d };
}

function seatList(trip, onSale) {
  return trips.classes.map(function (c) {
    return { seatClass: c.code, name: i18n.nameOf(c), nameEn: c.nameEn, price: money.yuan(trips.fareFen(trip.km, c.code)), left: onSale ? seats.left(trip.number, trip.date, c.code) : 0 };
  });
}

// A train of the search; one that has already left today stays listed, marked not on sale.
function trainView(trip) {
  var onSale = trip.departsAt > clock.now().ms;
  return {
    id: trip.id, name: trip.number, nameEn: trip.number, number: trip.number, departTime: trip.departTime, arriveTime: trip.arriveTime,
    durationMinutes: trip.durationMinutes, from: trip.from, fromName: words.station(trip.from), to: trip.to, toName: words.station(trip.to),
    onSale: onSale, seats: seatList(trip, onSale),
  };
}

function normaliseTime(text) {
  var m = /^(\d{1,2}):(\d{2})/.exec(String(text || ''));
  return m ? (m[1].length === 1 ? '0' : '') + m[1] + ':' + m[2] : '';
}

function searchTrains(args) {
  var from = stations.resolve(args.from);
  if (!from) return { error: stations.unknown(args.from, ['出发地', 'departure']) };
  var to = stations.resolve(args.to);
  if (!to) return { error: stations.unknown(args.to, ['到达地', 'destination']) };
  if (from.code === to.code) return { error: i18n.t('出发地和到达地都是' + i18n.nameOf(from) + '，请说明要去哪里。', 'Departure and destination are both ' + i18n.nameOf(from) + '; where to?') };
  var day = checkDate(args.date);
  if (day.error) return day;
  var found = trips.search(from.code, to.code, day.date);
  var wanted = normaliseTime(args.departTime);
  var exact = wanted ? found.filter(function (t) { return t.departTime === wanted; })[0] : undefined;
  if (exact) found = [exact].concat(found.filter(function (t) { return t !== exact; }));
  var trains = found.map(trainView);
  return { result: {
    date: day.date, from: stations.view(from), to: stations.view(to), departTime: wanted || null, seat: args.seat || null,
    exactMatch: exact ? exact.id : null, trains: trains,
  } };
}

module.exports = { searchTrains: searchTrains, checkDate: checkDate, trainView: trainView, PRESALE_DAYS: PRESALE_DAYS };
