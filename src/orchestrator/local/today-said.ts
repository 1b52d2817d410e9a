import { zonedParts } from '../../core/index.ts';
import { clockMinutes, type DateTimeMention } from '../understand/index.ts';

/** Words of a day (「周六」「下礼拜」「号」「明」, "weekend", "Monday"): a day is said, whether or not it was read. */
const DAY_WORDS = /周|星期|礼拜|\d\s*[号日]|[一二三四五六七八九十]号|[今明后昨前]天|明[早晚儿]|\d\s*月|改天|下次|\b(?:day|week|weekend|month|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b\d{1,2}[/-]\d{1,2}\b/i;
/** Parts of a day, and the hour (24 h) each is over by. */
const PARTS: [RegExp, number][] = [
  [/上午|早上|早晨|\bmorning\b/i, 11],
  [/中午|\bnoon\b|\blunch\b/i, 13],
  [/下午|\bafternoon\b/i, 17],
  [/傍晚|晚上|夜里|\bevening\b|\bnight\b/i, 21],
];

/**
 * 「晚上青屿那班」「下午三点的」: a time of day said with no day is today's, where it is still ahead
 * of now (at 10:00, 「晚上」 and 「三点」 are today; at 22:00 they are not, and the day is asked).
 * Undefined where any word of a day is said (「周末晚上」: that day, read or asked, not today).
 */
export function todayOfTimeSaid(texts: string[], found: DateTimeMention[], ref: { now: Date; timeZone: string }): string | undefined {
  if (texts.some((t) => DAY_WORDS.test(t))) return undefined;
  const today = zonedParts(ref.now, ref.timeZone);
  const now = today.hour * 60 + today.minute;
  const timed = found.find((f) => f.time)?.time;
  const part = PARTS.find(([words]) => texts.some((t) => words.test(t)));
  const ahead = timed ? (clockMinutes(timed) ?? 0) > now : part ? part[1] * 60 > now : false;
  return ahead ? today.date : undefined;
}
