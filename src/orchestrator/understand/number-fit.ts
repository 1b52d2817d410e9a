import { extractQuantities } from './extract-quantities.ts';
import { parseNumber } from './parse-number.ts';

/** A size said with an area unit (「一百二十平」「120㎡」, "120 sqm"), which counts are not. */
const AREA = /([\d.]+|[零一二两三四五六七八九十百千]+)\s*(?:平方米|平米|平方|平|㎡|m²|m2|sqm|square met)/gi;

/** Measure words that say how many things, not how big one is (「一个深度保洁」 is one, of any size). */
const HOW_MANY = new Set(['个', '张', '杯', '份', '只', '件', '本', '盒', '包', '袋', '瓶', '碗', '双', '台', '辆', '单', 'cup', 'ticket', 'piece', 'order', 'item', 'unit', 'portion', 'serving']);

/** The amounts a text says: sizes with their units (「4个小时」, "3 hours"), bare numbers and areas; not how many. */
export function numbersSaid(text: string): number[] {
  const out = extractQuantities(text).filter((q) => !q.unit || !HOW_MANY.has(q.unit)).map((q) => q.value);
  return [...new Set([...out, ...areasSaid(text)])];
}

/** Whether a name covers the amount: it says it (「4小时」), or a range holding it (「90～150㎡」, "up to 90 m²"). */
export function nameFits(name: string, value: number): boolean {
  const range = /(\d+(?:\.\d+)?)\s*(?:～|~|-|–|—|到|至)\s*(\d+(?:\.\d+)?)/.exec(name);
  if (range) return value >= Number(range[1]) && value <= Number(range[2]);
  const upTo = /(?:up to|under|within|不超过|最多)\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*\S{0,3}?(?:以内|以下|or less|and under)/i.exec(name);
  if (upTo) return value <= Number(upTo[1] ?? upTo[2]);
  return (name.match(/\d+(?:\.\d+)?/g) ?? []).some((n) => Number(n) === value);
}

/**
 * Of several things one phrase names alike (three 「日常保洁」 of 2, 3 and 4 hours), the ones
 * whose names fit the amounts the text says; all of them when none does.
 */
export function narrowByAmount<T extends { names: string[] }>(candidates: T[], text: string): T[] {
  const said = numbersSaid(text);
  if (!said.length || candidates.length < 2) return candidates;
  const fits = (amounts: number[]) => candidates.filter((c) => amounts.some((n) => c.names.some((name) => nameFits(name, n))));
  // (「80平，做一次场地布置」: a size said with its unit tells things of ranges of size apart, whatever else is counted)
  const bySize = fits(areasSaid(text));
  if (bySize.length && bySize.length < candidates.length) return bySize;
  const fitting = fits(said);
  return fitting.length ? fitting : candidates;
}

/** The sizes a text says with an area unit (「一百二十平」「120㎡」). */
function areasSaid(text: string): number[] {
  return [...text.matchAll(AREA)].flatMap((m) => {
    const n = /^[\d.]+$/.test(m[1] ?? '') ? Number(m[1]) : parseNumber(m[1] ?? '');
    return n !== undefined && Number.isFinite(n) ? [n] : [];
  });
}
