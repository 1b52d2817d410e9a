/**
 * The wall-clock parts of an instant in a time zone. `Intl` answers this correctly and slowly
 * (tens of microseconds a call, twice a turn); a zone's offset from UTC only changes on a quarter
 * hour of UTC (every transition in the time-zone database since 1970 falls on one), so the offset
 * `Intl` gave for one instant holds for the whole UTC quarter hour it falls in, and is kept for it.
 */
export function zonedParts(date: Date, timeZone: string) {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid time value');
  const wall = new Date(time + offsetAt(time, timeZone));
  const [year, month, day, hour, minute] = [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes()];
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    year, month, day, hour, minute, weekday: WEEKDAYS[wall.getUTCDay()]!,
  };
}

const QUARTER_HOUR = 15 * 60_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Per zone, the quarter hour last asked about and its offset in ms. */
const offsets = new Map<string, { quarter: number; offset: number }>();

function offsetAt(time: number, timeZone: string): number {
  const quarter = Math.floor(time / QUARTER_HOUR);
  const kept = offsets.get(timeZone);
  if (kept?.quarter === quarter) return kept.offset;
  const start = quarter * QUARTER_HOUR;
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(start)).map((p) => [p.type, Number(p.value)]));
  const offset = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - start;
  offsets.set(timeZone, { quarter, offset });
  return offset;
}

/** One formatter per time zone: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}
