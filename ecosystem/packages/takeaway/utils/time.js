// Clock times in Beijing time (UTC+8, no daylight saving), whatever the device's zone.
const OFFSET_MS = 8 * 60 * 60 * 1000;

function pad(n) {
  return String(n).padStart(2, '0');
}

/** "HH:MM" of an instant, Beijing time. */
function clockTime(ms) {
  const d = new Date(ms + OFFSET_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "HH:MM", `minutes` after now, Beijing time. */
function clockTimeIn(minutes, now) {
  return clockTime((now === undefined ? Date.now() : now) + minutes * 60 * 1000);
}

module.exports = { clockTime, clockTimeIn };
