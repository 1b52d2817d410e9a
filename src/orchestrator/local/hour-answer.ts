import { extractDateTime, type DateTimeReference } from '../understand/index.ts';

/** A number said alone: not a count of things or people, no amount, no part of a date or a longer number. */
const BARE = /(?<![\d.:：¥$￥/-])\b(\d{1,2})\b(?![\d.:：%/-])(?!\s*(?:个|张|位|人|份|杯|间|晚|天|号|日|月|元|块|岁|小时|分钟))(?!\s*(?:people|persons|guests|tickets?|rooms?|nights?|days?|hours?|hrs?|mins?|minutes?|yuan|rmb|kg|st|nd|rd|th|am|pm)\b|\s*[ap]\.m\.)/gi;

/**
 * "9 is fine then", "make it 9", 「9点的也行」 after a call that tried a time (11:00 is full): the
 * number said alone is the hour instead, written as one (「09:00」) so it is read as a time, the half
 * of the day nearer the one tried. The text as it is where it says a time, or no number alone, or two.
 */
export function withBareHour(text: string, tried: Record<string, unknown>, ref: DateTimeReference): string {
  const triedTime = Object.values(tried).map((v) => (typeof v === 'string' ? /(?:^|[T\s])(\d{2}):(\d{2})$/.exec(v) : null)).find(Boolean);
  if (!triedTime || extractDateTime(text, ref).time) return text;
  const bare = [...text.matchAll(BARE)].filter((m) => Number(m[1]) <= 23);
  if (bare.length !== 1) return text;
  const hour = Number(bare[0]![1]);
  const was = Number(triedTime[1]);
  // (「9」 after 11:00 is the morning's; after 19:00, the evening's)
  const at = hour < 12 && Math.abs(hour + 12 - was) < Math.abs(hour - was) ? hour + 12 : hour;
  const index = bare[0]!.index;
  return `${text.slice(0, index)}${String(at).padStart(2, '0')}:00${text.slice(index + bare[0]![0].length)}`;
}
