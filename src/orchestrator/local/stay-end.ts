import type { JsonSchema } from '../../package/index.ts';
import { extractDateTime, parseNumber } from '../understand/index.ts';
import { NEGATED_ACT_G } from './request-words.ts';

/** The last day of a stay or a rental (`checkOut`, `endDate`, 「离店日期」), by its name or description. */
const END_OF_STAY = /check[-_]?out|end[-_]?date|departure[-_]?date|离店|退房|结束日期|归还日期/i;
/** 「住两晚」「三个晚上」「周五、周六两晚」, "2 nights", "for three nights" (a weekday's 六 is no count). */
const NIGHTS = /(?<![周期拜])([\d一二两三四五六七八九十]+)\s*(?:个)?\s*(?:晚上|晚|夜|宿)|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+nights?\b/i;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const DAYS_AND = /\b(sun|mon|tues|wednes|thurs|fri|satur)day\s+(?:and|&|through|to)\s+(sun|mon|tues|wednes|thurs|fri|satur)day\s+nights?\b/i;
const EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** One night named by its day: 「明晚」「周六晚上」, "Saturday night", "tonight" — unless it only says when the stay begins (「明晚入住」). */
const ONE_NIGHT = /(?:[今明后]|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[号日])(?:晚上|晚|夜里)(?!\s*(?:入住|到店|到))|\b(?:tonight|tomorrow night|(?:mon|tues|wednes|thurs|fri|satur|sun)day night)\b(?!\s*check)|\bfor (?:the|a) night\b/i;
/** 「住到周日」「周四到周日」「…，周日早上退房」, "until Sunday", "leaving Monday": the end of the stay said as a day. */
const UNTIL = /住到|待到|呆到|(?<![送寄])到(?![店家])|至|\buntil\b|\btill\b|\bthrough\b|\bto\b|\bcheck(?:ing)?[- ]?out(?: on)?\b|\bleav(?:e|ing)(?: on)?\b|(?<=^|[\u4e00-\u9fff，,、\s])(?=[^，,。]{1,6}(?:退房|离店))/gi;

/** Whether a date parameter is the end of a stay, which the day a request says is not. */
export function isStayEnd(name: string, schema: JsonSchema): boolean {
  // the end of a span a list is asked about (`dateTo`) is no stay's end: a night said ends nothing there
  if (isSpanEnd(name, schema)) return false;
  return END_OF_STAY.test(name) || END_OF_STAY.test(schema.description ?? '');
}

/** The last day of a span of days a list is asked about (`dateTo`, 「查一段日期时的结束日期」). */
export function isSpanEnd(name: string, schema: JsonSchema): boolean {
  return QUERY_SPAN.test(name) || QUERY_SPAN_ZH.test(schema.description ?? '');
}

/**
 * The last day of the span a request asks about from `start`: a weekend's Sunday (「这周末」,
 * "this weekend"), or the day said after 「到」/"until" (「周五到周日」); undefined for one day.
 */
export function spanEndDate(start: string, texts: readonly string[], ref: { now: Date; timeZone: string }): string | undefined {
  for (const text of texts) {
    const end = endSaid(start, text, ref);
    if (end) return end;
    if (WEEKEND.test(text)) {
      const day = new Date(`${start}T12:00:00Z`).getUTCDay();
      return day === 0 ? undefined : addDays(start, 7 - day);
    }
  }
  return undefined;
}
const WEEKEND = /周末|礼拜六礼拜天|星期六星期天|\bweekend\b/i;
const QUERY_SPAN = /(?:^|[a-z])(?:To|Until|_to|_until)$|^(?:to|until)$/;
const QUERY_SPAN_ZH = /查一段|查询范围|日期范围|区间|range|(?:^|\b)until\b/i;

/**
 * The end of a stay that starts on `start` (YYYY-MM-DD): the nights the texts say (「住两晚」),
 * the day they say it ends (「住到周日」), or one night named by its day ("Saturday night");
 * undefined when they say none of these.
 */
export function stayEndDate(start: string, texts: readonly string[], ref: { now: Date; timeZone: string }): string | undefined {
  for (const text of texts) {
    const last = lastNightNamed(start, text, ref);
    if (last) return addDays(last, 1);
    const nights = nightsSaid(text) ?? (ONE_NIGHT.test(text) && !endSaid(start, text, ref) ? 1 : undefined);
    if (nights !== undefined) return addDays(start, nights);
    const end = endSaid(start, text, ref);
    if (end) return end;
  }
  // "Is there a family room at Hongqiao next Friday?": a question of what is free that says no end asks about one night
  // (「…有房吗？先问问不订」, "…? Only checking, don't book anything": an act said not to be done is none)
  const last = texts[texts.length - 1] ?? '';
  if (texts.length && last.split(/(?<=[?？。.!！；;])/).some((part) => ASKS_ONLY.test(part.trim())) && !ACTS.test(texts.join(' ').replace(NEGATED_ACT_G, ' '))) return addDays(start, 1);
  return undefined;
}

const ASKS_ONLY = /[?？]\s*$|[吗么]\s*$|有没有|\b(?:is there|are there|any)\b/i;
const ACTS = /订|约|买|下单|book|reserve|buy|order/i;

/** Two nights named by their days, "tomorrow and Sunday night", 「明晚和周日晚上」: the stay ends the morning after the second. */
const DAY = String.raw`tonight|today|tomorrow|(?:this |next )?(?:sun|mon|tues|wednes|thurs|fri|satur)day`;
const DAY_ZH = String.raw`今晚|今天|明晚|明天|后天|(?:下|这)?(?:周|星期|礼拜)[一二三四五六日天]`;
const NIGHT_PAIR = new RegExp(String.raw`\b(?:${DAY})\s+(?:and|&)\s+(${DAY})\s+nights?\b|(?:${DAY_ZH})(?:晚上|晚)?(?:和|跟|、)(${DAY_ZH})(?:晚上|晚|夜)`, 'i');

function lastNightNamed(start: string, text: string, ref: { now: Date; timeZone: string }): string | undefined {
  const m = NIGHT_PAIR.exec(text);
  const second = m?.[1] ?? m?.[2];
  if (!second) return undefined;
  const date = extractDateTime(second, ref).date;
  if (date && date > start) return date;
  const fromStart = extractDateTime(second, { ...ref, now: new Date(`${start}T12:00:00+08:00`) }).date;
  return fromStart && fromStart > start ? fromStart : undefined;
}

function nightsSaid(text: string): number | undefined {
  // "this Friday and Saturday night": the nights of the days named, first to last
  const pair = DAYS_AND.exec(text);
  if (pair) {
    const [from, to] = [WEEKDAYS.indexOf(pair[1]!.toLowerCase()), WEEKDAYS.indexOf(pair[2]!.toLowerCase())];
    const nights = ((to - from + 7) % 7) + 1;
    if (nights >= 2 && nights <= 7) return nights;
  }
  const m = NIGHTS.exec(text);
  if (!m) return undefined;
  const nights = m[1] !== undefined ? parseNumber(m[1]) : EN.indexOf(m[2]!.toLowerCase()) + 1 || Number(m[2]);
  return nights !== undefined && Number.isInteger(nights) && nights >= 1 && nights <= 60 ? nights : undefined;
}

/** A day after `start` said right after 「到」/"until": a weekday counts from the start (「下周四住到周日」). */
function endSaid(start: string, text: string, ref: { now: Date; timeZone: string }): string | undefined {
  for (const m of text.matchAll(UNTIL)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const found = extractDateTime(after, ref);
    if (!found.date || found.span?.[0] !== 0 && after.slice(0, found.span?.[0]).trim() !== '') continue;
    if (found.date > start) return found.date;
    const fromStart = extractDateTime(after, { ...ref, now: new Date(`${start}T12:00:00+08:00`) }).date;
    if (fromStart && fromStart > start) return fromStart;
  }
  return undefined;
}

/** A text without the day it says a stay ends (「周六上午退房」「住到周日」, "check out Sunday"): what is left says when it starts. */
export function withoutEndSaid(text: string): string {
  return text.replace(END_SAID, ' ');
}
const END_SAID = /[^，,。；;\s]{0,8}(?:退房|离店)|(?:住到|待到|呆到|\buntil\b|\btill\b|\bcheck(?:ing)?[- ]?out(?: on)?\b|\bleav(?:e|ing)(?: on)?\b)\s*[^，,。；;]{0,10}/gi;

function addDays(start: string, days: number): string {
  const [y, mo, d] = start.split('-').map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d! + days)).toISOString().slice(0, 10);
}
