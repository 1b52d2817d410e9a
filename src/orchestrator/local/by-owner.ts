import { matchEntities, type Entity } from '../understand/index.ts';

const NAME_FIELD = /name|title|label/i;

/** The names a thing's fields give of what it belongs to or is of (its store's, its cinema's, its coach's name). */
export function namesIn(fields: Record<string, string> | undefined): string[] {
  return Object.entries(fields ?? {}).filter(([key, value]) => NAME_FIELD.test(key) && value.trim().length >= 2).map(([, value]) => value);
}

/** For each thing that has one, the names its fields give that not all of the things share (their owner's, not the film all of them show). */
export function ownerNames(entities: readonly Entity[]): { id: string; names: string[] }[] {
  const shared = (name: string) => entities.every((e) => namesIn(e.fields).includes(name));
  return entities.map((e) => ({ id: e.id, names: namesIn(e.fields).filter((name) => !shared(name)) })).filter((o) => o.names.length);
}

/**
 * The things whose owner the text names (「东港那家的」 of showings at three cinemas): matched on
 * the names their fields give that not all of them share. Empty where it names none of them.
 */
export function entitiesByOwner(text: string, entities: readonly Entity[]): Entity[] {
  const owners = ownerNames(entities);
  if (!owners.length) return [];
  const hit = new Set(matchEntities(text, owners).map((h) => h.entity.id));
  return entities.filter((e) => hit.has(e.id));
}
