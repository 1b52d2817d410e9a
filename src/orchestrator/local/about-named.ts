import { matchEntities } from '../understand/index.ts';
import { lineAbout } from './answer-along.ts';
import { entitiesIn } from './entities.ts';

/**
 * A question about one thing a list names (「静安寺店几点关门？」, "is the river view room free on
 * Saturday?") is answered by the list's line about that thing, not the whole list. Undefined
 * where the question names none of them, or several, or the list has only the one.
 */
export function aboutNamed(content: string, structured: unknown, texts: readonly string[]): string | undefined {
  const entities = entitiesIn(structured);
  if (entities.length < 2) return undefined;
  const named = new Map(texts.flatMap((text) => matchEntities(text, entities)).map((hit) => [hit.entity.id, hit.entity]));
  const [only] = named.values();
  return named.size === 1 && only ? lineAbout(content, only, entities, { fromName: true }) : undefined;
}
