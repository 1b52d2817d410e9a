// Railway time is China time (UTC+8, no daylight saving), whatever the machine's zone.
var OFFSET_MS = 8 * 3600 * 1000;
var DAY_MS = 24 * 3600 * 1000;

function now() {
  var ms = Date.now();
  var iso = new Date(ms + OFFSET_MS).toISOString();
  return { ms: ms, date: iso.slice(0, 10), time: iso.slice(11, 16), minutes: toMinutes(iso.slice(11, 16)) };
}

function toMinutes(hhmm) {
  var parts = String(hhmm).split(':');
  return Number(parts[0]) * 60 + Number(parts[1]);
}

function isDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(String(text)) && !isNaN(Date.parse(text + 'T00:00:00Z'));
}

function addDays(date, days) {
  return new Date(Date.parse(date + 'T00:00:00Z') + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from, to) {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY_MS);
}

// The instant (ms) of a China-time date and HH:MM.
function instant(date, hhmm) {
  return Date.parse(date + 'T' + hhmm + ':00Z') - OFFSET_MS;
}

module.exports = { now: now, toMinutes: toMinutes, isDate: isDate, addDays: addDays, daysBetween: daysBetween, instant: instant };
