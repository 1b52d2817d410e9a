import { textOf } from './text-input.ts';

/** One part of a request that speaks of one item, with where it is in the request. */
export interface Clause {
  text: string;
  span: [number, number];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Chinese words that join items when they stand as words of their own (和 yes, 和平里 no). */
const ZH_JOINERS = new Set(['和', '跟', '与', '还有', '再', '再来', '再加', '以及', '另外', '外加', '加上', '并且', '同时']);
const EN_JOINER = /^(?:and|plus|also|as well as|along with|together with)$/i;
const PUNCTUATION = /^[,，;；、\n]+$|^[。！？!?]+$|^\.$/u;

/**
 * Splits a request into item clauses at ，、；,; and at 和/还有/再/and/plus, so each item of
 * an order is filled from its own words: 「一杯大杯拿铁，两杯美式」 → two clauses. Joiners are
 * dropped from the clauses; spans point into the original text.
 */
export function splitClauses(input: string): Clause[] {
  const text = textOf(input);
  const cuts: [number, number][] = [];
  const segments = [...segmenter.segment(text)];
  for (let i = 0; i < segments.length; i++) {
    const { segment, index } = segments[i]!;
    const word = segment.trim();
    if (word === '' ) continue;
    if (PUNCTUATION.test(word) && !isNumberComma(text, index)) {
      cuts.push([index, index + segment.length]);
    } else if (ZH_JOINERS.has(word) || (word === '再' && segments[i + 1]?.segment === '来')) {
      // 再来 / 再加: drop the joiner, keep the verb's object in the next clause
      cuts.push([index, index + segment.length]);
    } else if (/^[a-z]+$/i.test(word)) {
      const phrase = englishJoiner(text, index);
      if (phrase) cuts.push([index, index + phrase]);
    }
  }
  const clauses: Clause[] = [];
  let start = 0;
  for (const [from, to] of [...cuts, [text.length, text.length] as [number, number]]) {
    if (from < start) continue;
    pushTrimmed(clauses, text, start, from);
    start = to;
  }
  return clauses;
}

/** "and", "plus", "as well as" at this index, as a length; undefined otherwise. */
function englishJoiner(text: string, index: number): number | undefined {
  const match = /^(?:as well as|along with|together with|and|plus|also)\b/i.exec(text.slice(index));
  return match && EN_JOINER.test(match[0]) ? match[0].length : undefined;
}

/** 1,000 is one number. */
function isNumberComma(text: string, index: number): boolean {
  return text[index] === ',' && /\d/.test(text[index - 1] ?? '') && /^\d{3}(?!\d)/.test(text.slice(index + 1));
}

function pushTrimmed(clauses: Clause[], text: string, start: number, end: number): void {
  const piece = text.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed === '') return;
  clauses.push({ text: trimmed, span: [start + lead, start + lead + trimmed.length] });
}
