// Dates and clock times in Beijing time (UTC+8, no daylight saving), whatever the device's zone.
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(n) {
  return String(n).padStart(2, '0');
}

/** { date: 'YYYY-MM-DD', time: 'HH:MM' } of an instant (default now), Beijing time. */
function beijingNow(ms) {
  const d = new Date((ms === undefined ? Date.now() : ms) + OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(text))) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The date `days` after `date` (both YYYY-MM-DD). */
function addDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(date) {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

module.exports = { beijingNow, isDate, addDays, daysBetween, weekday };
