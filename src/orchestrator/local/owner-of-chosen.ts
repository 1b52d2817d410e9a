import type { Transcript } from '../planner.ts';
import type { Entity } from '../understand/index.ts';
import { byDifference } from './by-difference.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import { entitiesIn, isIdKey } from './entities.ts';

/**
 * What the thing already chosen belongs to: a room type chosen by what was said of it (「家庭房」)
 * is listed under one hotel, so that hotel is the one meant, among `candidates` (those the list of
 * `key` offers). Read from every result the goal's talk holds, where the chosen thing's own listing
 * carries `key` (a room type under its hotel carries `hotelId`). Undefined where nothing chosen
 * says it, or where what is chosen says different owners.
 */
export function ownerOfChosen(key: string, chosen: Record<string, unknown>, transcript: readonly Transcript[], candidates: readonly Entity[]): Entity | undefined {
  const ids = Object.entries(chosen).filter(([k, v]) => k !== key && isIdKey(k) && (typeof v === 'string' || typeof v === 'number')).map(([, v]) => String(v));
  if (!ids.length) return undefined;
  const owners = new Set<string>();
  for (const t of transcript) {
    if (t.role !== 'tool-result' || t.isError || !t.structuredContent) continue;
    const listed = entitiesIn(t.structuredContent);
    for (const thing of listed) {
      const owner = thing.fields?.[key];
      if (!ids.includes(thing.id) || owner === undefined) continue;
      // (a name two owners' things share says neither owner: 「标准包间」 of both spas)
      const alike = listed.filter((other) => other.names[0] === thing.names[0] && other.fields?.[key] !== undefined && other.fields[key] !== owner);
      if (alike.length) return undefined;
      owners.add(owner);
    }
  }
  if (owners.size !== 1) return undefined;
  const [owner] = owners;
  return candidates.find((c) => c.id === owner);
}

/**
 * Whether the words that chose the thing name things that belong elsewhere too, by an owner the
 * act takes and has not chosen yet (「大床房」 of two hotels' 高级大床房 and 商务大床房, 「标准包间」 at
 * both spas, the hotel or spa still open): the choice waits for the owner.
 */
export function ownerStillOpen(thing: Entity, among: readonly Entity[], chosen: Record<string, unknown>, ownerKeys: readonly string[], texts: readonly string[]): boolean {
  return ownerKeys.some((key) => {
    const owner = thing.fields?.[key];
    if (chosen[key] !== undefined || owner === undefined) return false;
    const elsewhere = among.filter((other) => other.fields?.[key] !== undefined && other.fields[key] !== owner);
    if (elsewhere.some((other) => other.names[0] === thing.names[0])) return true;
    // (unless the words tell it apart from those: 「能看江景的大床房」 of 江景大床房 and 商务大床房)
    return texts.some((text) => {
      const named = matchEntitiesAnyLanguage(text, elsewhere).map((hit) => hit.entity);
      return named.length > 0 && byDifference([thing, ...named], text)?.id !== thing.id;
    });
  });
}
