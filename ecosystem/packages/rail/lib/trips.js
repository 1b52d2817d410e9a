// A trip is one train between two of its stops on one date: id `G115_2026-11-21_BJP_SHH`.
// Fare = distance × the seat class's rate per km, rounded to the nearest 0.5 yuan.
var data = require('../data/rail.json');
var clock = require('./clock.js');

function seatClass(code) {
  return data.seatClasses.filter(function (c) { return c.code === code; })[0];
}

function fareFen(km, seat) {
  return Math.round(km * seatClass(seat).perKm * 2) * 50;
}

function stopIndex(train, code) {
  for (var i = 0; i < train.timetable.length; i++) if (train.timetable[i].station === code) return i;
  return -1;
}

// The trip of a train between two stations, or undefined when it does not run that way.
function between(train, from, to, date) {
  var a = stopIndex(train, from);
  var b = stopIndex(train, to);
  if (a < 0 || b < 0 || a >= b) return undefined;
  var dep = train.timetable[a];
  var arr = train.timetable[b];
  var minutes = (arr.dayOffset - dep.dayOffset) * 1440 + clock.toMinutes(arr.arrive) - clock.toMinutes(dep.depart);
  return {
    id: train.number + '_' + date + '_' + from + '_' + to,
    number: train.number, date: date, from: from, to: to,
    departTime: dep.depart, arriveTime: arr.arrive, arriveDayOffset: arr.dayOffset - dep.dayOffset,
    durationMinutes: minutes, km: arr.km - dep.km,
    departsAt: clock.instant(clock.addDays(date, dep.dayOffset), dep.depart),
  };
}

function search(from, to, date) {
  return data.trains.map(function (t) { return between(t, from, to, date); }).filter(Boolean)
    .sort(function (x, y) { return clock.toMinutes(x.departTime) - clock.toMinutes(y.departTime); });
}

function parseId(id) {
  var m = /^([A-Z]\d+)_(\d{4}-\d{2}-\d{2})_([A-Z]{3})_([A-Z]{3})$/.exec(String(id || ''));
  if (!m || !clock.isDate(m[2])) return undefined;
  var train = data.trains.filter(function (t) { return t.number === m[1]; })[0];
  return train ? between(train, m[3], m[4], m[2]) : undefined;
}

module.exports = { seatClass: seatClass, fareFen: fareFen, search: search, parseId: parseId, classes: data.seatClasses };
