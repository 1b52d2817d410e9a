import { parseNumber } from './parse-number.ts';

/** What a size is of: a floor area, a number of people, a weight, an age. */
export type Measure = 'area' | 'people' | 'weight' | 'age';

/** An amount said with its unit (「五十平左右」 → 50 area, "4 people"). */
export interface Amount {
  value: number;
  measure: Measure;
}

/** The sizes a thing is for (「60～90㎡」, "up to 6 people", 「90㎡以上」): either end may be open. */
export interface SizeRange {
  min?: number;
  max?: number;
  measure: Measure;
}

const UNITS: Record<Measure, string> = {
  area: '(?:平方米|平方|平米|平|㎡|m²|m2|sqm|sq\\.?\\s?m\\b|square\\s+met(?:er|re)s?)',
  people: '(?:个人|人|位|people\\b|persons?\\b|guests?\\b|pax\\b)',
  weight: '(?:kg\\b|公斤|千克|kilos?\\b|kilograms?\\b)',
  age: '(?:周岁|岁|years?\\s+old\\b|yrs?\\s+old\\b)',
};
const NUMBER = '(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)';
const TO = '\\s*(?:～|~|-|–|—|到|至|to)\\s*';
const UP_TO = '(?:up\\s+to|under|within|below|less\\s+than|no\\s+more\\s+than|max(?:imum)?|不超过|不到|最多|小于)';
const AT_LEAST = '(?:over|above|more\\s+than|at\\s+least|from|min(?:imum)?|超过|至少|不少于|大于)';
const BELOW_AFTER = '(?:以内|以下|之内|内|or\\s+less|or\\s+under|and\\s+under|or\\s+fewer|max\\b)';
const ABOVE_AFTER = '(?:以上|及以上|或以上|起|or\\s+more|and\\s+(?:up|above|over)|\\+|plus\\b)';

const value = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const n = /^\d/.test(s) ? Number(s) : parseNumber(s);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
};

/** The amounts a request says with a unit that tells what they measure. */
export function amountsSaid(text: string): Amount[] {
  const out: Amount[] = [];
  for (const [measure, unit] of Object.entries(UNITS) as [Measure, string][]) {
    // 「七十来平」「八十多平」: about that much, read as that much
    for (const m of text.matchAll(new RegExp(`${NUMBER}\\s*(?:来|多)?\\s*${unit}`, 'gi'))) {
      // 「两三个人」, 「60～90㎡」 are spans, not one amount
      const before = text.slice(0, m.index);
      if (new RegExp(`${NUMBER}${TO}$`, 'i').test(before)) continue;
      const n = value(m[1]);
      if (n !== undefined && n > 0) out.push({ value: n, measure });
    }
  }
  return out;
}

/** The ranges a name or description states (「适合60～90㎡」, 「90㎡以内」, "up to 6 people", 「90㎡以上」). */
export function rangesIn(text: string): SizeRange[] {
  const out: SizeRange[] = [];
  for (const [measure, unit] of Object.entries(UNITS) as [Measure, string][]) {
    const spans: [number, number][] = [];
    const take = (m: RegExpMatchArray, range: Omit<SizeRange, 'measure'>) => {
      const start = m.index ?? 0;
      if (spans.some(([a, b]) => start < b && start + m[0].length > a)) return;
      spans.push([start, start + m[0].length]);
      out.push({ ...range, measure });
    };
    for (const m of text.matchAll(new RegExp(`${NUMBER}\\s*${unit}?${TO}${NUMBER}\\s*${unit}`, 'gi'))) {
      const [min, max] = [value(m[1]), value(m[2])];
      if (min !== undefined && max !== undefined && min <= max) take(m, { min, max });
    }
    for (const m of text.matchAll(new RegExp(`${UP_TO}\\s*${NUMBER}\\s*${unit}`, 'gi'))) take(m, { max: value(m[1]) });
    for (const m of text.matchAll(new RegExp(`${NUMBER}\\s*${unit}\\s*${BELOW_AFTER}`, 'gi'))) take(m, { max: value(m[1]) });
    for (const m of text.matchAll(new RegExp(`${AT_LEAST}\\s*${NUMBER}\\s*${unit}`, 'gi'))) take(m, { min: value(m[1]) });
    for (const m of text.matchAll(new RegExp(`${NUMBER}\\s*${unit}\\s*${ABOVE_AFTER}`, 'gi'))) take(m, { min: value(m[1]) });
  }
  return out.filter((r) => r.min !== undefined || r.max !== undefined);
}

/** A range a field states by its name (`maxArea: 60`, `minPeople: 2`, `capacity: 6`). */
export function rangeOfField(key: string, raw: string): SizeRange | undefined {
  const n = /^\s*\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : undefined;
  if (n === undefined) return undefined;
  const measure: Measure | undefined = /area|sqm|squareMet/i.test(key) ? 'area' : /people|person|guest|pax|occupan|capacity|headcount/i.test(key) ? 'people' : /weight|kg/i.test(key) ? 'weight' : /age/i.test(key) ? 'age' : undefined;
  if (!measure) return undefined;
  if (/max|upTo|limit|capacity|occupan/i.test(key)) return { max: n, measure };
  if (/min|from/i.test(key)) return { min: n, measure };
  return undefined;
}

/** Whether the range holds the amount, ends included. */
export function holds(range: SizeRange, amount: Amount): boolean {
  return range.measure === amount.measure && (range.min === undefined || amount.value >= range.min) && (range.max === undefined || amount.value <= range.max);
}
