import { zonedParts } from '../../core/index.ts';
import { findPeriod } from './date-time-normalize.ts';
import { extractDateTime, type DateTimeReference } from './extract-date-time.ts';
import { parseChineseInteger } from './numerals.ts';

/** An hour written in digits or Chinese numerals, then its minutes (「七点半」「8点15」「九点一刻」「19:30」). */
const ZH_NUMBER = '[零〇一二两三四五六七八九十]{1,3}';
const ZH_CLOCK = String.raw`(?:\d{1,2}|${ZH_NUMBER})\s*(?:[点點时時](?:\s*(?:半|一刻|三刻|\d{1,2}\s*分?|${ZH_NUMBER}\s*分?))?|[:：]\d{2})`;
const ZH_PERIOD = '上午|早上|早晨|中午|下午|傍晚|晚上|夜里|凌晨';
const ZH_RANGE = new RegExp(String.raw`((?:${ZH_PERIOD})?\s*${ZH_CLOCK})\s*(?:到|至|~|～|-|—|–)\s*((?:${ZH_PERIOD})?\s*${ZH_CLOCK})`, 'u');
const EN_CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?(?![a-z])|o'?clock)?`;
/** "between 7 and 8:30 pm", "from 7 to 9", "7-8:30pm", "7 to 9 pm": two times joined as the ends of one window. */
const EN_RANGE = new RegExp(String.raw`\b(?:between\s+(${EN_CLOCK})\s+and\s+(${EN_CLOCK})|from\s+(${EN_CLOCK})\s+(?:to|till|until)\s+(${EN_CLOCK})|(${EN_CLOCK})\s*(?:-|–|to|till|until)\s*(${EN_CLOCK}))(?![\d:])`, 'i');

/** One end as written: its hour and minute, and the part of the day it says itself. */
interface End { hour: number; minute: number; period?: 'am' | 'pm' }

/**
 * 「六点半到八点之间开船的」「晚上7点到9点」, "between 7 and 8:30 pm", "7-8:30pm": the window two times
 * said as its ends make, in minutes after midnight. An end with no part of the day takes the other
 * end's, else the text's (「下班…」 is the evening); with none at all, hours 1–6 are the afternoon
 * and a window of today already over is the evening's. Undefined where no two times are joined so.
 */
export function timeRangeSaid(text: string, ref: DateTimeReference): { from: number; to: number; span: [number, number] } | undefined {
  const zh = ZH_RANGE.exec(text);
  const en = zh ? null : EN_RANGE.exec(text);
  const match = zh ?? en;
  if (!match) return undefined;
  const [left, right] = zh ? [match[1]!, match[2]!] : [match[1] ?? match[3] ?? match[5]!, match[2] ?? match[4] ?? match[6]!];
  // "2 to 3 people" is a count: an English pair of bare numbers is a window only after between/from
  if (en && !match[1] && !match[3] && !/[:ap']|clock/i.test(`${left} ${right}`)) return undefined;
  const a = endOf(left);
  const b = endOf(right);
  if (!a || !b) return undefined;
  const period = a.period ?? b.period ?? findPeriod(text)?.period;
  let from = minutes(a, period);
  let to = minutes(b, b.period ?? period);
  if (!period && a.hour >= 1 && a.hour <= 6 && b.hour >= 1 && b.hour <= 6) [from, to] = [from + 720, to + 720];
  // 「十一点到一点」: the later end is past noon
  if (to <= from && to + 720 > from) to += 720;
  if (to <= from) return undefined;
  // (the day is read only where the window could be of one already over: a second reading of the text)
  const now = zonedParts(ref.now, ref.timeZone);
  const over = !period && to < now.hour * 60 + now.minute && to + 720 < 24 * 60;
  const day = over ? extractDateTime(text, ref).date : undefined;
  if (over && (!day || day === now.date)) [from, to] = [from + 720, to + 720];
  return { from, to, span: [match.index, match.index + match[0].length] };
}

function endOf(written: string): End | undefined {
  const own = findPeriod(written)?.period;
  const m = /(\d{1,2}|[零〇一二两三四五六七八九十]{1,3})\s*(?:[点點时時:：]\s*(半|一刻|三刻|\d{1,2}|[零〇一二三四五六七八九十]{1,3})?)?/u.exec(written);
  if (!m) return undefined;
  const hour = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseInteger(m[1]!);
  const tail = m[2];
  const minute = !tail ? 0 : tail === '半' ? 30 : tail === '一刻' ? 15 : tail === '三刻' ? 45 : /\d/.test(tail) ? Number(tail) : parseChineseInteger(tail);
  if (hour === undefined || minute === undefined || hour > 24 || minute > 59) return undefined;
  return { hour, minute, ...(own ? { period: own } : {}) };
}

function minutes(end: End, period: 'am' | 'pm' | undefined): number {
  const hour = period === 'pm' && end.hour < 12 ? end.hour + 12 : period === 'am' && end.hour === 12 ? 0 : end.hour;
  return hour * 60 + end.minute;
}
