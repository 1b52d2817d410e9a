import type { Transcript } from '../planner.ts';
import type { Entity } from '../understand/index.ts';
import { fieldParts, saidAt } from './by-kind.ts';
import { isIdKey, KIND_FIELD } from './entities.ts';
import { entitiesRead } from './latest-results.ts';
import { blankSetAside } from './set-aside.ts';

/**
 * 「有喜剧或者纪录片就来一张」 of showings each listed with its film's ID: those whose film — a thing
 * another list read files under a kind — is of a kind the text says (either of two said). Undefined
 * where no such kind is said, or it keeps all of them or none.
 */
export function byLinkedKind(entities: readonly Entity[], texts: readonly string[], transcript: readonly Transcript[]): Entity[] | undefined {
  const own = new Set(entities.map((e) => e.id));
  const linkedIds = new Set(entities.flatMap((e) => Object.entries(e.fields ?? {}).filter(([k]) => isIdKey(k)).map(([, v]) => v)));
  const others = entitiesRead(transcript).filter((o) => !own.has(o.id) && linkedIds.has(o.id) && fieldParts(o, KIND_FIELD).length);
  if (!others.length) return undefined;
  for (const text of texts) {
    // (「恐怖片就算了」: a kind set aside is no kind wanted)
    const kept = blankSetAside(text, (said) => ' '.repeat(said.length));
    const ofKind = new Set(others.filter((o) => fieldParts(o, KIND_FIELD).some((part) => saidAt(kept, part))).map((o) => o.id));
    if (!ofKind.size) continue;
    const narrowed = entities.filter((e) => Object.entries(e.fields ?? {}).some(([k, v]) => isIdKey(k) && ofKind.has(v)));
    if (narrowed.length && narrowed.length < entities.length) return narrowed;
  }
  return undefined;
}
