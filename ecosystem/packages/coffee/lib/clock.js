// Merchant time is China time (UTC+8, no daylight saving), whatever the machine's zone.
var OFFSET_MS = 8 * 3600 * 1000;

function now() {
  var ms = Date.now();
  var iso = new Date(ms + OFFSET_MS).toISOString();
  return { ms: ms, date: iso.slice(0, 10), time: iso.slice(11, 16), minutes: toMinutes(iso.slice(11, 16)) };
}

function toMinutes(hhmm) {
  var parts = String(hhmm).split(':');
  return Number(parts[0]) * 60 + Number(parts[1]);
}

module.exports = { now: now, toMinutes: toMinutes };
