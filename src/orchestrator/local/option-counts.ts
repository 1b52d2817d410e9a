import { extractQuantities } from '../understand/index.ts';
import { parseChineseInteger } from '../understand/numerals.ts';
import type { Found } from './one-differs.ts';

/** 「两冰一热」「两杯大杯一杯中杯」: a count, its measure if said, and how that many are made. */
const ZH_PART = /([一二两三四五六七八九十]|\d{1,2})\s*(?:杯|个|份|碗|盒|瓶|张|包|件)?\s*([^一二两三四五六七八九十\d，,、。；;！!？?\s]{1,6})/gu;
/** "two iced, one hot", "2 large and 1 medium". */
const EN_PART = /\b(\d{1,2}|one|two|three|four|five|six)\s+((?!and\b)[a-z][a-z-]*(?:\s+(?!and\b|with\b)[a-z][a-z-]*)?)/gi;
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

interface Part {
  count: number;
  how: string;
}

/** The parts of a text that split a count by how each is made, where it is only such parts; undefined otherwise. */
function partsOf(text: string, saysOption: (text: string) => boolean): Part[] | undefined {
  const english = /^[\x20-\x7e]*$/.test(text);
  const matches = [...text.matchAll(english ? EN_PART : ZH_PART)];
  if (matches.length < 2) return undefined;
  // (nothing but the parts and the words that join them)
  const rest = matches.reduce((left, m) => left.replace(m[0], ' '), text);
  if (!/^[\s,，、和与及and]*$/iu.test(rest.replace(/\band\b/gi, ' '))) return undefined;
  const parts = matches.map((m) => ({ count: english ? EN_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]) : parseChineseInteger(m[1]!) ?? Number(m[1]), how: m[2]! }));
  return parts.every((p) => p.count > 0 && saysOption(p.how)) ? parts : undefined;
}

/**
 * 「三杯乌龙，两冰一热」, "three oolongs, two iced and one hot": of a thing counted two or more, the
 * count split by how each part is made (in its own clause or right after the count), where the parts
 * add up to it — a line for each part, made as the thing was said in all else.
 */
export function byOptionCounts(found: Found[], clauses: readonly string[], saysOption: (text: string) => boolean): Found[] {
  const named = new Set(found.map((f) => f.text));
  return found.flatMap((f) => {
    const own = f.own ?? f.text;
    const count = extractQuantities(own).find((q) => q.value >= 2);
    if (!count) return [f];
    const after = own.slice(count.span[1]);
    const next = clauses[clauses.indexOf(f.text) + 1];
    // (right after the thing in its own clause, 「三杯乌龙两冰一热」, or in the clause after it that names nothing)
    const tail = after.match(/[一二两三四五六七八九十\d].*$/u)?.[0];
    const candidates = [tail, next !== undefined && !named.has(next) ? next : undefined].filter((c): c is string => !!c);
    for (const said of candidates) {
      const parts = partsOf(said.trim(), saysOption);
      if (!parts || parts.reduce((sum, p) => sum + p.count, 0) !== count.value) continue;
      const unit = count.unit && own.slice(count.span[0], count.span[1]).endsWith(count.unit) ? count.unit : '';
      const base = (n: number) => `${own.slice(0, count.span[0])}${n}${unit}${own.slice(count.span[1]).replace(said, ' ')}`;
      return parts.map((p) => ({ entity: f.entity, text: `${p.count}${unit}${/^[a-z]/i.test(p.how) ? ' ' : ''}${p.how}`, also: [...(f.also ?? []), base(p.count)] }));
    }
    return [f];
  });
}
