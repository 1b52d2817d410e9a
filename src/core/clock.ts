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
