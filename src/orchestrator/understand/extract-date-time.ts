import * as chrono from 'chrono-node';
import { AgentOsError, zonedParts } from '../../core/index.ts';
import { findPeriod, normalizeForChrono, type Period } from './date-time-normalize.ts';
import { blankDayClasses } from './day-class.ts';
import { originalSpan, type MappedText } from './mapped-text.ts';
import { meantAmong } from './meant-among.ts';
import { textOf } from './text-input.ts';
import { weekDaySaid } from './week-day.ts';

/** The instant "now" and the hub's time zone that 明天 / tomorrow are relative to. */
export interface DateTimeReference {
  now: Date;
  timeZone: string;
}

/** What a sentence says about when: wall-clock date and time in the hub's zone. */
export interface DateTimeMention {
  /** YYYY-MM-DD */
  date?: string;
  /** HH:MM, 24-hour */
  time?: string;
  period?: Period;
  span?: [number, number];
}

type Found = { result: chrono.ParsedResult; span: [number, number] };

/** A size or a weight said with its unit ("75 m²", "50 sqm", "2.5 kg"): no time. */
const MEASURE = /\b\d+(?:\.\d+)?\s*(?:m²|m2\b|㎡|sq\.?\s?m\b|sqm\b|square\s+(?:meters?|metres?|feet|ft)\b|kg\b|kgs\b|kilos?\b)/gi;

/** How long something takes in English ("2 hours", "a 2-hour clean", "90 minutes"), not "in 2 hours". */
const DURATION = /(?<!\bin\s{1,3})\b(?:an?|\d+(?:\.\d+)?|one|two|three|four|five|six)[\s-]*(?:hours?|hrs?|minutes?|mins?)\b/gi;

/** "1-ish", "7:30ish": an hour of the clock said loosely by its ending. */
const LOOSE_ISH = /\b(1[0-2]|[1-9])(?::([0-5]\d))?\s*-?\s*ish\b/i;
/** "around 1", "about 7:30": an hour of the clock said loosely, not a count of something. */
const LOOSE_HOUR = /\b(?:around|about|roughly|approximately)\s+(1[0-2]|[1-9])(?::([0-5]\d))?\b(?!\s*(?:hours?|hrs?|minutes?|mins?|people|persons|guests|kg|kilos?|tickets?|square|sq|yuan|rmb|%|am|pm|a\.m|p\.m|o'?clock))/i;

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[a-z0-9]/i;
/** chrono reads these English words as dates or durations where people rarely mean one. */
const ENGLISH_FALSE_DATES = /^(?:(?:a|one|the)\s+)?(?:second|sec|min|minute)s?$|^(?:sun|mon|tue|wed|thu|fri|sat|may|march)$/i;

/**
 * Finds the date and time a request names (明天下午三点, 下周一上午, tomorrow at 3 pm) in the
 * hub's zone, whatever the machine's own zone is. A bare hour from 1 to 6 with no 上午/am is
 * read as afternoon (「三点」 to an assistant means 15:00). Only a period (下周一上午) gives
 * `period` without `time`; a time alone gives no `date` — the caller decides today or next.
 */
export function extractDateTime(input: string, ref: DateTimeReference): DateTimeMention {
  return dateTimeSaid(input, ref).mention;
}

/** The date and time a text names, with where the time alone is said (the mention's span covers the day said too). */
export function dateTimeSaid(input: string, ref: DateTimeReference): { mention: DateTimeMention; timeSpan?: [number, number] } {
  const text = textOf(input);
  const wall = wallClock(ref);
  const normalized = normalizeForChrono(text);
  // "just 2 hours" is how long, not two hours from now: blanked (same length) before chrono reads it.
  // (nor is "75 m²" 75 minutes: a size or a weight is blanked too)
  // (nor is the weekend a day where the prices of weekdays and weekends are asked: `day-class.ts`)
  const source = { ...normalized, text: blankDayClasses(normalized.text.replace(DURATION, (m) => ' '.repeat(m.length)).replace(MEASURE, (m) => ' '.repeat(m.length))) };
  const found = parseAll(source, wall);
  const meant = (of: Found[]) => meantAmong(of.map((f) => ({ f, index: f.result.index, end: f.result.index + f.result.text.length })), source.text)?.f;
  const dated = meant(found.filter(({ result }) => hasDate(result, source.text)));
  const timed = meant(found.filter(({ result }) => result.start.isCertain('hour')));
  const mention: DateTimeMention = {};
  let timeSpan: [number, number] | undefined;
  const spans: [number, number][] = [];
  // a day known by name (平安夜) is that day, whatever part of a day it also says (夜)
  const named = dated && /\d/.test(dated.result.text) ? undefined : holiday(source, wall);
  // "Saturday the 28th", 「周六（28号）」: the day of the month said beside a weekday is the day meant
  const ofMonth = dated && !named && !/\d/.test(dated.result.text) ? dayOfMonth(source, wall) : undefined;
  if (ofMonth) {
    mention.date = ofMonth.date;
    spans.push(dated!.span, ofMonth.span);
  } else if (named) {
    mention.date = named.date;
    spans.push(named.span);
  } else if (dated) {
    const week = weekDaySaid(source.text, wall);
    const inWeek = week && week.index < dated.result.index + dated.result.text.length && dated.result.index < week.end ? week.day : undefined;
    mention.date = inWeek
      ? isoDate(inWeek.getFullYear(), inWeek.getMonth() + 1, inWeek.getDate())
      : isoDate(dated.result.start.get('year')!, dated.result.start.get('month')!, dated.result.start.get('day')!);
    spans.push(dated.span);
  } else {
    const day = dayOfMonth(source, wall) ?? holiday(source, wall) ?? weekend(source, wall);
    if (day) {
      mention.date = day.date;
      spans.push(day.span);
    }
  }
  const period = findPeriod(blankDayClasses(text));
  // "this afternoon around 1": a bare hour after "around"/"about" is a time too (chrono reads none there).
  const loose = !timed || !/\d/.test(timed.result.text) ? LOOSE_HOUR.exec(source.text) ?? LOOSE_ISH.exec(source.text) : null;
  if (loose) {
    let hour = Number(loose[1]);
    const minute = Number(loose[2] ?? 0);
    if (period?.period === 'pm' && hour < 12) hour += 12;
    if (!period && hour >= 1 && hour <= 6) hour += 12;
    if (!period) hour = laterToday(hour, mention.date, wall);
    mention.time = `${pad(hour)}:${pad(minute)}`;
    mention.period = hour < 12 ? 'am' : 'pm';
    timeSpan = originalSpan(source, loose.index, loose.index + loose[0].length);
    spans.push(timeSpan);
  } else if (timed) {
    const explicit = timed.result.start.isCertain('meridiem');
    let hour = timed.result.start.get('hour')!;
    const minute = timed.result.start.get('minute') ?? 0;
    if (period?.period === 'pm' && hour < 12) hour += 12;
    if (period?.period === 'am' && hour === 12) hour = 0;
    if (!period && !explicit && hour >= 1 && hour <= 6) hour += 12;
    if (!period && !explicit) hour = laterToday(hour, mention.date, wall);
    mention.time = `${pad(hour)}:${pad(minute)}`;
    mention.period = hour < 12 ? 'am' : 'pm';
    timeSpan = timed.span;
    spans.push(timed.span);
  } else if (period) {
    mention.period = period.period;
  }
  if (period && (spans.length > 0 || !timed)) spans.push(period.span);
  if (spans.length > 0) mention.span = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  return { mention, ...(timeSpan ? { timeSpan } : {}) };
}

/**
 * An hour said of today without 上午/下午 that has already passed is the same hour in the evening
 * where that is still to come (「今天…七点以后」 said at ten in the morning is after 19:00).
 */
function laterToday(hour: number, date: string | undefined, wall: Date): number {
  const today = isoDate(wall.getFullYear(), wall.getMonth() + 1, wall.getDate());
  return date === today && hour < 12 && hour < wall.getHours() && hour + 12 > wall.getHours() ? hour + 12 : hour;
}

/** The hub's wall clock as a machine-local Date: chrono reasons in the machine's zone. */
function wallClock({ now, timeZone }: DateTimeReference): Date {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new AgentOsError('BAD_REQUEST', '参考时间无效 / the reference time is not a valid date', {
      where: 'extractDateTime(ref.now)', fix: 'pass the hub clock’s now() / 传入 hub 时钟的 now()',
    });
  }
  let parts: ReturnType<typeof zonedParts>;
  try {
    parts = zonedParts(now, timeZone);
  } catch (cause) {
    throw new AgentOsError('BAD_REQUEST', `未知时区 ${timeZone} / unknown time zone "${timeZone}"`, {
      where: 'extractDateTime(ref.timeZone)',
      fix: 'use an IANA zone such as Asia/Shanghai (AGENTOS_TZ) / 使用 IANA 时区名，如 Asia/Shanghai',
    }, { cause });
  }
  return new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, 0, 0);
}

/** Simplified, traditional and English parsers; where they overlap the longest reading wins. */
function parseAll(source: MappedText, reference: Date): Found[] {
  const options = { forwardDate: true };
  const parse = (parser: chrono.Chrono) => parser.parse(source.text, reference, options);
  const chinese = HAN.test(source.text) ? [...parse(chrono.zh.hans.casual), ...parse(chrono.zh.casual)] : [];
  // every English pattern needs a Latin letter or a digit: a text with neither is not read again in English
  const english = (LATIN_OR_DIGIT.test(source.text) ? parse(chrono.casual) : []).filter(
    (result) =>
      // "the last class of the day" names no day (chrono reads a bare "the day" as tomorrow)
      !/^the day$/i.test(result.text.trim()) &&
      (!ENGLISH_FALSE_DATES.test(result.text.trim()) || /\b(?:on|next|this|last)\s+$/i.test(source.text.slice(0, result.index))),
  );
  const chosen: chrono.ParsedResult[] = [];
  for (const result of [...chinese, ...english].sort((a, b) => b.text.length - a.text.length)) {
    const end = result.index + result.text.length;
    if (chosen.every((other) => end <= other.index || other.index + other.text.length <= result.index)) chosen.push(result);
  }
  return chosen
    .sort((a, b) => a.index - b.index)
    .map((result) => ({ result, span: originalSpan(source, result.index, result.index + result.text.length) }));
}

/** Whether the result names a day (明天, 周六, 11月25日), not just a time or a part of the day. */
function hasDate(result: chrono.ParsedResult, text: string): boolean {
  const start = result.start;
  if (start.isCertain('day') || start.isCertain('weekday')) return true;
  return /^(?:today|tonight)/i.test(text.slice(result.index).trimStart());
}

/** 「25号」, 「下个月3号」, "the 25th": the next such day of a month. */
function dayOfMonth(source: MappedText, wall: Date): { date: string; span: [number, number] } | undefined {
  const match = /(本月|这个月|这月|下个月|下月)?(\d{1,2})[号號日](?!\d)|\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b/u.exec(source.text);
  if (!match) return undefined;
  const day = Number(match[2] ?? match[3]);
  if (day < 1 || day > 31) return undefined;
  let year = wall.getFullYear();
  let month = wall.getMonth() + 1;
  if (match[1]?.startsWith('下') || (!match[1] && day < wall.getDate())) month++;
  if (month > 12) [year, month] = [year + 1, 1];
  const date = new Date(year, month - 1, day);
  if (date.getDate() !== day) return undefined; // 31号 in a 30-day month
  return { date: isoDate(year, month, day), span: originalSpan(source, match.index, match.index + match[0].length) };
}

/** Days of the year known by name (平安夜, 圣诞节, 元旦, Christmas Eve): the next one from today. */
const HOLIDAYS: readonly [RegExp, number, number][] = [
  [/元旦|\bnew year'?s day\b/iu, 1, 1], [/情人节|\bvalentine'?s(?: day)?\b/iu, 2, 14], [/劳动节|五一(?:节|假期)?(?![\d点号])/u, 5, 1],
  [/儿童节/u, 6, 1], [/国庆(?:节)?/u, 10, 1], [/平安夜|\bchristmas eve\b/iu, 12, 24], [/圣诞(?:节)?(?!夜)|\bchristmas(?: day)?\b(?! eve)/iu, 12, 25],
  [/跨年夜|除夕夜?(?=.*跨年)|\bnew year'?s eve\b/iu, 12, 31],
];

function holiday(source: MappedText, wall: Date): { date: string; span: [number, number] } | undefined {
  for (const [name, month, dayOfMonth_] of HOLIDAYS) {
    const match = name.exec(source.text);
    if (!match) continue;
    const thisYear = new Date(wall.getFullYear(), month - 1, dayOfMonth_);
    const year = thisYear < new Date(wall.getFullYear(), wall.getMonth(), wall.getDate()) ? wall.getFullYear() + 1 : wall.getFullYear();
    return { date: isoDate(year, month, dayOfMonth_), span: originalSpan(source, match.index, match.index + match[0].length) };
  }
  return undefined;
}

/**
 * 「周末」 / "this weekend": the coming Saturday, or today when it is the weekend already; 「下周末」
 * (「下个周末」) the Saturday of next week (weeks begin on Monday).
 */
function weekend(source: MappedText, wall: Date): { date: string; span: [number, number] } | undefined {
  const match = /(下个?|下一个)?(?:这个|本)?周末|\b(?:this\s+|the\s+)?weekend\b/iu.exec(source.text);
  if (!match) return undefined;
  const weekday = wall.getDay();
  const ahead = match[1] ? 12 - (weekday + 6) % 7 : weekday === 0 || weekday === 6 ? 0 : 6 - weekday;
  const day = new Date(wall.getFullYear(), wall.getMonth(), wall.getDate() + ahead);
  return {
    date: isoDate(day.getFullYear(), day.getMonth() + 1, day.getDate()),
    span: originalSpan(source, match.index, match.index + match[0].length),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
