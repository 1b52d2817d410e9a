import { describe, expect, it } from 'vitest';
import { zonedParts } from './zoned-parts.ts';

/** What `Intl` itself says, part by part. */
function byIntl(date: Date, timeZone: string) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short',
  }).formatToParts(date).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, weekday: parts.weekday };
}

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns'];

describe('zonedParts', () => {
  it('says what Intl says, minute by minute across daylight-saving changes (kept offsets included)', () => {
    // each zone's 2026 transitions, walked a minute at a time over the days around them, in order and out of it
    const days = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'];
    for (const timeZone of ZONES) {
      for (const day of days) {
        const start = Date.parse(`${day}T00:00:00Z`) - 36 * 3_600_000;
        for (let t = start; t < start + 72 * 3_600_000; t += 7 * 60_000 + 13_000) {
          const date = new Date(t);
          const { date: d, time, weekday } = zonedParts(date, timeZone);
          expect({ date: d, time, weekday }, `${timeZone} ${date.toISOString()}`).toEqual(byIntl(date, timeZone));
        }
      }
    }
  });

  it('gives numbers for the parts and the hub zone’s wall clock for an instant', () => {
    expect(zonedParts(new Date('2026-11-20T02:05:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-11-20', time: '10:05', year: 2026, month: 11, day: 20, hour: 10, minute: 5, weekday: 'Fri',
    });
  });

  it('refuses an unknown zone and an invalid date as Intl does', () => {
    expect(() => zonedParts(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => zonedParts(new Date('nope'), 'Asia/Shanghai')).toThrow(RangeError);
  });
});
