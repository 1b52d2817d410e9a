import { extractQuantities } from '../understand/index.ts';
import { countsLastThing } from './count-of-last.ts';

/** Words around a count that say nothing more (「要…吧」, "…please"). */
const FILLER = /^(?:and|just|about|maybe|要|来|买|拿|给我|大概)\s*|\s*(?:please|each|total|吧|就行|就好|就够了|好了|的)$/gi;

/** A clause that only counts (「两盒」, "2 boxes", 「要三瓶吧」): one count, nothing named with it. */
export function onlyCounts(text: string): boolean {
  const counts = extractQuantities(text);
  if (counts.length !== 1) return false;
  const [start, end] = counts[0]!.span;
  const rest = `${text.slice(0, start)} ${text.slice(end)}`.replace(/[\s,，.。!！]+/g, ' ').trim();
  return rest.replace(FILLER, '').trim() === '';
}

/**
 * 「那个胃药吧，两盒」, "the allergy pills I think, 2 boxes", "how much is X? send me two boxes": a clause that only counts, right after the one
 * clause that named a thing without counting it, counts that thing: the two are read as one.
 */
export function withCountAfter<T extends { text: string }>(found: T[], clauses: readonly string[]): T[] {
  return found.map((f) => {
    const at = clauses.indexOf(f.text);
    const next = at >= 0 ? clauses[at + 1] : undefined;
    const alone = found.filter((g) => g.text === f.text).length === 1;
    // ("How much is the rose tea? Send me two boxes plus …": a count said with only the words of asking for it)
    if (next === undefined || !alone || extractQuantities(f.text).length || !(onlyCounts(next) || countsLastThing(next)) || found.some((g) => g.text === next)) return f;
    return { ...f, text: `${f.text}, ${next}` };
  });
}
