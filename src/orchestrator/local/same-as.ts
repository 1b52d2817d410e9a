import type { Found } from './one-differs.ts';

/** 「和拿铁一样的」「照那杯再来一杯」, "same as the latte", "just like the first one": made as another line was. */
const SAME = /(?:和|跟|同|照)(?:着)?[^，,。；;！!？?]{0,10}?(?:一样|同样)|照(?:着)?[^，,。；;！!？?]{0,10}?(?:再|也)来|\b(?:same as|just like|like)\s+(?:the|my|that)\b/i;
/** One more of it (「再来」「另外」, "another", "one more"). */
const MORE = /再|另|又|多来|\bone more\b|\banother\b|\b(?:an)?other one\b/i;

/** The parts of a request (between its stops and commas) that ask for one more made as another line was, with where each stands. */
export function copyingParts(request: string): { text: string; span: [number, number] }[] {
  return [...request.matchAll(/[^，,。；;！!？?]+/g)].filter((m) => SAME.test(m[0]) && MORE.test(m[0])).map((m) => ({ text: m[0].trim(), span: [m.index, m.index + m[0].length] }));
}

/**
 * 「一杯热拿铁半糖，再来一杯和拿铁一样的」, "…and one more just like the latte": a line of the thing a
 * clause names as the one to copy, counted by the clause and made as that thing's line was.
 * Undefined where the clause copies nothing found before it.
 */
export function sameAs(clause: string, named: readonly { entity: { id: string }; span: [number, number] }[], found: readonly Found[]): Found | undefined {
  const same = SAME.exec(clause);
  if (!same || !MORE.test(clause)) return undefined;
  const copied = named.map((hit) => found.findLast((f) => f.entity.id === hit.entity.id)).find(Boolean);
  if (!copied) return undefined;
  return { entity: copied.entity, text: clause, also: [copied.own ?? copied.text, ...(copied.also ?? [])] };
}
