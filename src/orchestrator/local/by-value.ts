import type { Entity } from '../understand/index.ts';

/** Fields whose values are codes, times or amounts: never what a person says to pick a thing. */
const NOT_SAID = /(?:^id$|Id$|_id$|ID$|time|Time|date|Date|price|Price|amount|Amount|fen$|^start|^end|url|Url|image)/;

/**
 * The one thing a request picks by a short value only it carries (「24小时那家」, 「IMAX那场」,
 * 「林悦的课」, "the sci-fi one"): a field value of at most twelve characters, in the text, that
 * no other thing listed has. Several, or none: none.
 */
export function entitiesByValue(text: string, entities: readonly Entity[]): Entity[] {
  const lower = text.toLowerCase();
  const valuesOf = (e: Entity) => Object.entries(e.fields ?? {})
    .filter(([key, value]) => !NOT_SAID.test(key) && typeof value === 'string' && value.length >= 2 && value.length <= 12 && !/^[\d\s.:-]+$/.test(value))
    .map(([, value]) => value.toLowerCase());
  const owners = new Map<string, number>();
  for (const e of entities) for (const v of new Set(valuesOf(e))) owners.set(v, (owners.get(v) ?? 0) + 1);
  const said = (v: string) => (/^[a-z0-9 '-]+$/.test(v) ? v.length >= 3 && new RegExp(`\\b${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower) : lower.includes(v));
  const hits = entities.filter((e) => valuesOf(e).some((v) => owners.get(v) === 1 && said(v)));
  return hits.length === 1 ? hits : [];
}
