import { dateTimeSaid, type DateTimeReference } from './extract-date-time.ts';
import { timeRangeSaid } from './time-range.ts';

/** The times a request accepts, in minutes after midnight: one instant, or a window when said loosely. */
export interface TimeWindow {
  from: number;
  to: number;
  /** The time said, to rank what fits by nearness. */
  center: number;
  loose: boolean;
  /** The window is of when the thing ends (「六点前散场」, "lets out before 6 pm"), not of when it starts. */
  ends?: boolean;
}

/** Words that make a time said the end of the thing: 「…前散场/结束/下课」, "lets out / is over / ends before …". */
const ENDS_AFTER_TIME = /^\s*(?:之前|以前|前)\s*(?:能|要|得|就)?(?:结束|散场|下课|完事|出来|看完|上完)/;
const ENDS_BEFORE_TIME = /\b(?:lets?|let|get|gets|getting|be|is|are)?\s*(?:out|over|back|done|finished|ends?|ending|finish(?:es)?)\s+(?:before|by)\s*$/i;

const AFTER_LOOSE = /^\s*(?:多|来钟|左右|前后|上下|钟左右|ish\b)/i;
const BEFORE_LOOSE = /(?:大概|大约|差不多|约|around|about|roughly|approximately|circa|~)\s*$/i;
const SLACK = 45;

/**
 * The time a text names as a window: 「一点多」 is 13:00–13:59, 「三点左右」 and "around 9 pm"
 * are within three quarters of an hour either side; an exact time is the window of itself.
 */
export function timeWindow(text: string, ref: DateTimeReference): TimeWindow | undefined {
  const { mention: found, timeSpan } = dateTimeSaid(text, ref);
  if (!found.time) return undefined;
  // 「六点半到八点之间」, "between 6:30 and 8 pm": the two ends said
  const range = timeRangeSaid(text, ref);
  if (range) return { from: range.from, to: range.to, center: range.from, loose: true };
  const [h = 0, m = 0] = found.time.split(':').map(Number);
  const center = h * 60 + m;
  const [start, end] = timeSpan ?? found.span ?? [0, text.length];
  const phrase = text.slice(start, end);
  const after = text.slice(end);
  const before = text.slice(Math.max(0, start - 12), start);
  if (/多/.test(phrase.slice(-2)) || /^\s*多/.test(after)) return { from: center, to: center + 59, center: center + 30, loose: true };
  if (AFTER_LOOSE.test(after) || /左右|前后|上下/.test(phrase) || BEFORE_LOOSE.test(before) || /around|about|ish\b|大概|大约|差不多/i.test(phrase)) {
    return { from: center - SLACK, to: center + SLACK, center, loose: true };
  }
  // 「六点前散场」, "lets out before 6 pm": it ends up to that time, whenever it starts
  if (ENDS_AFTER_TIME.test(after) || ENDS_BEFORE_TIME.test(text.slice(Math.max(0, start - 30), start))) return { from: 0, to: center, center, loose: true, ends: true };
  // 「六点前开场的」, "starts before 6 pm": any time up to it; 「八点以后」, "after 8": any from it — the
  // part of the day said (「下午」) bounding the other end
  if (/^\s*(?:之前|以前|前)(?!后)/.test(after) || /\bbefore\s*$/i.test(before)) {
    const part = dayPartWindow(text);
    return { from: part && part.from < center ? part.from : 0, to: center - 1, center: center - 1, loose: true };
  }
  if (/^\s*(?:之后|以后|后)/.test(after) || /\bafter\s*$/i.test(before) || /^\s*(?:on\b|onwards?\b|or later\b)/i.test(after)) {
    const part = dayPartWindow(text);
    return { from: center, to: part && part.to > center ? part.to : 24 * 60 - 1, center, loose: true };
  }
  return { from: center, to: center, center, loose: false };
}

/** The same window twelve hours on, for an hour said of the morning's half of the clock (「8点多」 may be 20:xx); undefined past noon. */
export function laterHalf(window: TimeWindow): TimeWindow | undefined {
  return window.to < 12 * 60 ? { ...window, from: window.from + 720, to: window.to + 720, center: window.center + 720 } : undefined;
}

/** The `HH:MM` of minutes after midnight: `clockMinutes` the other way. */
export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of an `HH:MM` (or `YYYY-MM-DD HH:MM`, or ISO) value; undefined for anything else. */
export function clockMinutes(value: string): number | undefined {
  const m = /(?:^|[T\s])(\d{1,2}):(\d{2})(?::\d{2})?(?:$|[^\d])/.exec(value);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

/** Parts of the day as windows of start times: what 「上午」 or "tomorrow morning" accepts when no time is said. */
const DAY_PARTS: [RegExp, number, number][] = [
  [/中午|\bnoon\b|\bmidday\b/i, 11 * 60, 13 * 60 + 59],
  [/一大早|大清早|\bfirst thing\b|\bearly (?:in the )?morning\b/i, 5 * 60, 8 * 60 + 59],
  [/上午|早上|早晨|清晨|[今明]早|\bmorning\b/i, 5 * 60, 11 * 60 + 59],
  [/下午|午饭后|午饭以后|吃完午饭|\bafternoon\b|\bafter lunch\b/i, 12 * 60, 17 * 60 + 59],
  // (「吃完晚饭那会儿」, "after dinner": the evening, once dinner is over)
  [/吃完晚饭|晚饭(?:后|以后|之后|过后|那会)|\bafter (?:dinner|supper)\b/i, 18 * 60, 23 * 60 + 59],
  [/傍晚|晚上|夜里|夜间|[今明昨]晚|下了班|下班(?:以?后|之后)|\bevening\b|\btonight\b|\bnight\b|\bafter work\b/i, 17 * 60, 23 * 60 + 59],
];

/** The window of the part of the day a text names (「上午」 05:00–11:59, "evening" 17:00–23:59), if it names one. */
export function dayPartWindow(text: string): TimeWindow | undefined {
  const hits = DAY_PARTS.map(([re, from, to]) => ({ at: text.search(re), from, to })).filter((h) => h.at >= 0).sort((a, b) => a.at - b.at);
  const first = hits[0];
  return first ? { from: first.from, to: first.to, center: Math.round((first.from + first.to) / 2), loose: true } : undefined;
}
