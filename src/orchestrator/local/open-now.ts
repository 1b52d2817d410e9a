import type { Entity } from '../understand/index.ts';

/** Asking for one that is open now (「这会儿哪家还开着」「营业中的」, "which one is still open right now?"). */
const OPEN_NOW = /还开着|开着的|还在营业|营业中|没(?:关门|打烊)|还没关|\b(?:still open|open (?:right )?now|open at the moment|currently open)\b/i;

export function asksOpenNow(text: string): boolean {
  return OPEN_NOW.test(text);
}

/** A flag a listed place carries that says it is open now (`isOpen: true`, `openNow: true`). */
const OPEN_FLAG = /^(?:isOpen|openNow|isOpenNow|opened|营业中)$/i;

/**
 * Of places listed, those the list says are open now; undefined where no place of it carries
 * such a flag (the list says nothing of now).
 */
export function openNow(entities: readonly Entity[]): Entity[] | undefined {
  const flagged = entities.filter((e) => Object.keys(e.fields ?? {}).some((key) => OPEN_FLAG.test(key)));
  if (!flagged.length) return undefined;
  return entities.filter((e) => Object.entries(e.fields ?? {}).some(([key, value]) => OPEN_FLAG.test(key) && value === 'true'));
}
