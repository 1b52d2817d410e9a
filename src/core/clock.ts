/**
 * The hub's clock. Scenarios and tests fix it (`AGENTOS_NOW`); the time zone is explicit
 * (`AGENTOS_TZ`, default Asia/Shanghai) because the machine's own is UTC.
 */
export interface Clock {
  now(): Date;
  readonly timeZone: string;
  /**
   * True when `now()` moves with the machine's own clock (`now() - Date.now()` stays the same):
   * another thread can then tell the time from an offset instead of asking. Unset: it may not.
   */
  readonly realTime?: boolean;
}

export function systemClock(timeZone = 'Asia/Shanghai'): Clock {
  return { now: () => new Date(), timeZone, realTime: true };
}

/** A clock frozen at `instant` that still moves forward with real time elapsed since creation. */
export function fixedClock(instant: string | Date, timeZone = 'Asia/Shanghai', { frozen = false } = {}): Clock {
  const base = new Date(instant).getTime();
  if (Number.isNaN(base)) throw new TypeError(`not a date: ${String(instant)}`);
  const started = Date.now();
  return { now: () => new Date(frozen ? base : base + (Date.now() - started)), timeZone, realTime: !frozen };
}

/** The wall-clock parts of an instant in a time zone. */
export function zonedParts(date: Date, timeZone: string) {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour), minute: Number(parts.minute), weekday: parts.weekday ?? '',
  };
}

/** One formatter per time zone: building one costs far more than formatting with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', weekday: 'short',
    });
    formatters.set(timeZone, fmt);
  }
  return fmt;
}
