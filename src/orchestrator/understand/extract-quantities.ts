import { stem } from '../../catalog/search/index.ts';
import {
  CHINESE_DECIMAL, CHINESE_NUMERAL_CHARS, ENGLISH_NUMBER_WORDS, parseArabic, parseChineseInteger, parseEnglishNumber,
} from './numerals.ts';
import { textOf } from './text-input.ts';

/** A count the user said, with its measure word when there is one. */
export interface Quantity {
  value: number;
  unit?: string;
  span: [number, number];
}

/** Generic Chinese measure words (量词), longest first so 公斤 wins over 斤. */
const CHINESE_UNITS = [
  '个小时', '个钟头', '个星期', '个礼拜', '公斤', '千克', '毫升', '公里', '千米', '小时', '钟头', '分钟', '个月', '人份',
  '个', '杯', '碗', '份', '张', '瓶', '只', '件', '本', '盒', '包', '袋', '箱', '双', '台', '位', '名', '人',
  '间', '晚', '天', '夜', '次', '斤', '克', '升', '米', '块', '元', '串', '笼', '盘', '支', '条', '把', '套',
  '罐', '听', '打', '床', '辆', '趟', '岁', '片', '颗', '粒', '根', '束', '朵', '盆', '对', '副', '桌', '周', '年', '座',
];
const ENGLISH_UNITS = new Set([
  'cup', 'bowl', 'ticket', 'bottle', 'piece', 'box', 'bag', 'kg', 'kilogram', 'kilo', 'g', 'gram', 'lb', 'pound',
  'liter', 'litre', 'l', 'ml', 'portion', 'serving', 'slice', 'order', 'pair', 'room', 'night', 'day', 'people',
  'person', 'adult', 'child', 'children', 'kid', 'seat', 'pack', 'can', 'glass', 'plate', 'set', 'hour', 'week',
  'month', 'year', 'item', 'unit', 'dozen', 'copy', 'table', 'guest', 'passenger', 'yuan', 'rmb',
]);
/** After these a number is a date, a time, a floor or a code, not a count. */
const CHINESE_NOT_COUNT_AFTER = /^(?:点|点钟|时|号|日|月|年[级底初]|分|秒|刻|楼|层楼|栋|幢|弄|单元|室|路|折|成|:|：)/;
/** 「天钥桥路500弄」「江南大道1000号」「3单元502」: a number straight after a road or a building is where, not how many. */
const ROAD_BEFORE = /(?:[路街道巷弄]|单元|[栋幢座]|号楼)$/;
/** A length of time after the number (「弄3个小时」): a count of hours, whatever stands before it. */
const HOURS_AFTER = /^\s*(?:个)?(?:小时|钟头)/;
/** …or a rate: the unit a price is per (「多少钱一小时」「50元一位」「每晚」), not how many. */
const CHINESE_NOT_COUNT_BEFORE = /(?:周|星期|礼拜|第|初|号|月|No\.?|#|[A-Za-z]|每|多少钱|钱|元|块)$/;
const ENGLISH_NOT_COUNT_AFTER = /^\s*(?:am\b|pm\b|a\.m\.|p\.m\.|o'?clock|:\d|[-/]\d|(?:st|nd|rd|th)\b|%)/i;
/** …or the part of a place it names ("Tower 4", "Harbour Plaza 12", "Terminal 3", "Line 10"): where, not how many. */
const ENGLISH_NOT_COUNT_BEFORE = /\b(?:at|by|until|till|before|after|from|on|no\.?|number|#|room|gate|platform|per|apt\.?|apartment|unit|suite|flat|floor|building|bldg\.?|block|tower|plaza|terminal|level|phase|hall|wing|exit|line|zone|pier|dock)\s*$/i;
/** "around", "about": before a bare number, a time of day said loosely rather than a count. */
const LOOSE_BEFORE = /\b(?:around|about|approximately|roughly|circa)\s*$/i;
const STREET_AFTER = /^\s+(?:[A-Z][\w'-]*\s+){1,4}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Lu|Jie|Dao)\b/;
/** "the 3pm one then", "that 7:20 one works": "one" standing for a thing just described (not after "for": "a table for one"). */
const ONE_AFTER_DESCRIBED = /\b(?:the|this|that)\s+[^\s,.;!?]+(?:\s+(?!for\b)[^\s,.;!?]+)?\s+$/i;
const ONE_ENDS_PHRASE = /^\s*(?:$|[,.;!?)]|(?:then|instead|please|is|was|works|sounds|looks|will|would|if|at|on|with|and|or|but|for|today|tonight|tomorrow|this|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/i;
const ONE_AS_PRONOUN_BEFORE = /\b(?:the|this|that|which|another|any|each|every|no|other|large|small|big|medium|same)\s+$/i;

const ENGLISH_WORD = `(?:${ENGLISH_NUMBER_WORDS.filter((word) => word !== 'a' && word !== 'and').join('|')})`;
const NUMBER_PATTERN = new RegExp(
  [
    `(?<decimal>${CHINESE_DECIMAL})`,
    String.raw`(?<arabic>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
    `(?<chinese>[${CHINESE_NUMERAL_CHARS}]+|半)`,
    String.raw`(?<english>\b(?:(?:a\s+)?${ENGLISH_WORD}(?:(?:[\s-]+|\s+and\s+)${ENGLISH_WORD})*)\b)`,
  ].join('|'),
  'giu',
);
const HAN = /\p{Script=Han}/u;

/** Every count in a sentence: 两碗 → 2 碗, 3公斤 → 3 公斤, "two large lattes" → 2, in text order. */
export function extractQuantities(input: string): Quantity[] {
  const text = textOf(input);
  const source = text.normalize('NFKC').length === text.length ? text.normalize('NFKC') : text;
  const found: Quantity[] = [];
  for (const match of source.matchAll(NUMBER_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = source.slice(Math.max(0, start - 12), start);
    const after = source.slice(end, end + 8);
    const groups = match.groups ?? {};
    const quantity = groups.decimal
      ? decimalQuantity(groups.decimal, after)
      : groups.arabic
        ? arabicQuantity(groups.arabic, before, after)
        : groups.chinese
          ? chineseQuantity(groups.chinese, before, after)
          : englishQuantity(match[0], before, after, { source, start, end });
    if (quantity?.unit === '年' && quantity.value >= 1000) continue; // 2026年 is a year, 两年 a count
    // 「#49」「No. 49」「49号」「第3」: a number that names (a ticket, a pickup code, a seat), not a count.
    if (/(?:#|＃|№|\bno\.?|\bnumber|编号|尾号|取餐码|单号|第)\s*$/i.test(before) || (!quantity?.unit && /^\s*号/.test(after))) continue;
    if (!quantity) continue;
    // "88 Huancheng North Road": a street number, not a count
    if (groups.arabic && STREET_AFTER.test(source.slice(end, end + 48))) continue;
    let stop = end + (quantity.unitLength ?? 0);
    // 「两公斤半」「三斤半」: a half after the unit adds 0.5
    if (quantity.unit && source[stop] === '半') {
      quantity.value += 0.5;
      stop += 1;
    }
    found.push({ ...quantity, span: [start, stop] });
  }
  for (const couple of source.matchAll(A_COUPLE)) {
    const end = couple.index + couple[0].length;
    const { unit, unitLength = 0 } = unitAfterKind(source.slice(end));
    // "a pair of tickets" is two of them; "a pair of gloves" is one thing, no count said
    if (/pair/i.test(couple[0]) && !unit) continue;
    found.push({ value: 2, ...(unit ? { unit } : {}), span: [couple.index, end + unitLength] });
  }
  for (const implied of impliedOnes(source)) {
    if (!found.some((q) => q.unit === implied.unit)) found.push(implied);
  }
  found.sort((a, b) => a.span[0] - b.span[0]);
  return found.map(({ value, unit, span }) => (unit === undefined ? { value, span } : { value, unit, span }));
}

/** "a couple of packs", "a pair of seats": two of them (a couple alone is two people, read as such where people are counted). */
const A_COUPLE = /\ba (?:couple|pair) of\b/gi;

/** 「买张票」「来杯拿铁」「叫辆车」: a verb straight before a measure word says one, the 一 left out (「订个位」 books a table: no count of people). */
const IMPLIED_ONE = /(?<=(?:买|来|订|要|点|叫|拿|办|约|挂))(张|杯|份|碗|瓶|间|辆|盒|包|本|件|个(?!位)|只|台|束|套|节|单)(?=\p{Script=Han})/gu;

/** "a ticket", "an extra seat", "a box of": one of a thing counted in its own unit, the "one" said as "a". */
const IMPLIED_ONE_EN = /\b(?:a|an)\s+(?:(?!of\b|couple\b|few\b|lot\b|bit\b)[a-z0-9-]+\s+)?(ticket|seat|room|box|pack|bottle|cup|bag|spot|place|glass|bowl|portion|serving)\b(?!s)/gi;

function impliedOnes(source: string): Quantity[] {
  return [...source.matchAll(IMPLIED_ONE), ...source.matchAll(IMPLIED_ONE_EN)]
    .map((m) => ({ value: 1, unit: m[1]!.toLowerCase(), span: [m.index, m.index + m[0].length] as [number, number] }));
}

type Partial = { value: number; unit?: string; unitLength?: number } | undefined;

/** "jasmine tea x2", 「盒饭×3」: a count written as times, the x standing alone after the thing (not 0.3g×20 of a pack's size). */
const TIMES_BEFORE = /(?:^|[\s\p{Script=Han}）)])[x×*]\s?$/iu;

function arabicQuantity(digits: string, before: string, after: string): Partial {
  if (TIMES_BEFORE.test(before) && /^\d{1,3}$/.test(digits) && !/^\s*[\p{Script=Han}a-z]/iu.test(after)) return { value: Number(digits) };
  // A number that goes on from another (12:30, 2026-11, 1.5) is part of it; a comma that ends a clause (「北京寄天津，3公斤」) is not.
  if (/\d[.,:：/-]?$/.test(before) || /[A-Za-z]$/.test(before) || digits.replace(/\D/g, '').length >= 7) return undefined;
  if (CHINESE_NOT_COUNT_AFTER.test(after) || ENGLISH_NOT_COUNT_AFTER.test(after) || ENGLISH_NOT_COUNT_BEFORE.test(before) || (ROAD_BEFORE.test(before) && !HOURS_AFTER.test(after))) {
    return undefined;
  }
  const value = parseArabic(digits);
  if (value === undefined) return undefined;
  const gap = after.length - after.trimStart().length;
  const chineseUnit = CHINESE_UNITS.find((unit) => after.startsWith(unit, gap));
  if (chineseUnit) return { value, unit: chineseUnit, unitLength: gap + chineseUnit.length };
  const word = /^\s*([A-Za-z]+)/.exec(after);
  if (word && !/^\s/.test(after) && !ENGLISH_UNITS.has(stem(word[1]!.toLowerCase()))) return undefined; // 3pm, 2nd
  const unit = englishUnit(after);
  // "around 10", "about 7": a time of day, where nothing it counts follows
  if (!unit.unit && LOOSE_BEFORE.test(before)) return undefined;
  return { value, ...unit };
}

/** 「三点五」 read digit by digit after the point, with the unit that follows. */
function decimalQuantity(numeral: string, after: string): Partial {
  const [whole = '', fraction = ''] = numeral.split('点');
  const value = parseChineseInteger(whole);
  const digits = [...fraction].map((c) => parseChineseInteger(c) ?? 0);
  if (value === undefined) return undefined;
  const gap = after.length - after.trimStart().length;
  const unit = CHINESE_UNITS.find((candidate) => after.startsWith(candidate, gap));
  return { value: Number(`${value}.${digits.join('')}`), ...(unit ? { unit, unitLength: gap + unit.length } : {}) };
}

function chineseQuantity(numeral: string, before: string, after: string): Partial {
  const unit = CHINESE_UNITS.find((candidate) => after.startsWith(candidate));
  // a letter before a numeral makes it part of a code (「B两」), unless a measure word counts it: 「维C两瓶」
  const named = unit ? CHINESE_NOT_COUNT_BEFORE.test(before.replace(/[A-Za-z]$/, '')) : CHINESE_NOT_COUNT_BEFORE.test(before);
  if (named || CHINESE_NOT_COUNT_AFTER.test(after)) return undefined;
  const value = numeral === '半' ? 0.5 : parseChineseInteger(numeral);
  if (value === undefined) return undefined;
  if (unit) return { value, unit, unitLength: unit.length };
  // a bare numeral counts only when it stands alone (a reply like 「两」), not inside a word (一下, 统一)
  const standsAlone = !HAN.test(before.slice(-1)) && !HAN.test(after.slice(0, 1));
  return standsAlone && numeral !== '半' ? { value } : undefined;
}

/** `at`: where the words stand in the whole text, whose wider span is read only for a lone "one". */
function englishQuantity(words: string, before: string, after: string, at: { source: string; start: number; end: number }): Partial {
  if (ENGLISH_NOT_COUNT_AFTER.test(after) || ENGLISH_NOT_COUNT_BEFORE.test(before)) return undefined;
  if (/^one$/i.test(words) && (ONE_AS_PRONOUN_BEFORE.test(before) || /^\s+of\b/i.test(after))) return undefined;
  if (/^one$/i.test(words)) {
    const { source, start, end } = at;
    if (ONE_AFTER_DESCRIBED.test(source.slice(Math.max(0, start - 24), start)) && ONE_ENDS_PHRASE.test(source.slice(end, end + 24))) return undefined;
  }
  const value = parseEnglishNumber(words);
  return value === undefined ? undefined : { value, ...englishUnit(after) };
}

/** The unit after a word or two of what kind ("a pair of standard seats", "a couple of large iced lattes"), or straight after. */
function unitAfterKind(after: string): { unit?: string; unitLength?: number } {
  for (const kind of ['', ...[1, 2].map((n) => new RegExp(String.raw`^\s*(?:[a-z-]+\s+){${n}}`, 'i').exec(after)?.[0] ?? '')]) {
    const found = englishUnit(after.slice(kind.length));
    if (found.unit) return { unit: found.unit, unitLength: kind.length + (found.unitLength ?? 0) };
  }
  return {};
}

function englishUnit(after: string): { unit?: string; unitLength?: number } {
  const word = /^\s*([A-Za-z]+)\b/.exec(after);
  if (!word) return {};
  const unit = stem(word[1]!.toLowerCase());
  return ENGLISH_UNITS.has(unit) ? { unit, unitLength: word[0].length } : {};
}
