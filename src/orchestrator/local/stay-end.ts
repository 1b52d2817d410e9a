import type { JsonSchema } from '../../package/index.ts';
import { parseNumber } from '../understand/index.ts';

/** The last day of a stay or a rental (`checkOut`, `endDate`, 「离店日期」), by its name or description. */
const END_OF_STAY = /check[-_]?out|end[-_]?date|departure[-_]?date|离店|退房|结束日期|归还日期/i;
/** 「住两晚」「三个晚上」, "2 nights", "for three nights". */
const NIGHTS = /([\d一二两三四五六七八九十]+)\s*(?:个)?\s*(?:晚上|晚|夜|宿)|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+nights?\b/i;
const EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Whether a date parameter is the end of a stay, which the day a request says is not. */
export function isStayEnd(name: string, schema: JsonSchema): boolean {
  return END_OF_STAY.test(name) || END_OF_STAY.test(schema.description ?? '');
}

/** The end of a stay that starts on `start` (YYYY-MM-DD) and lasts the nights the texts say; undefined when they say none. */
export function stayEndDate(start: string, texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const m = NIGHTS.exec(text);
    if (!m) continue;
    const nights = m[1] !== undefined ? parseNumber(m[1]) : EN.indexOf(m[2]!.toLowerCase()) + 1 || Number(m[2]);
    if (nights === undefined || !Number.isInteger(nights) || nights < 1 || nights > 60) continue;
    const [y, mo, d] = start.split('-').map(Number);
    const end = new Date(Date.UTC(y!, mo! - 1, d! + nights));
    return end.toISOString().slice(0, 10);
  }
  return undefined;
}
