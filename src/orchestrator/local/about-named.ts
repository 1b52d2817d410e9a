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
  // "How much is a pilates class, and the 10-class pack?": a question of two things hears the list
  if (entities.length < 2 || texts.some((text) => text.split(PARTS).filter((part) => ASKING.test(part)).length > 1)) return undefined;
  const named = new Map(texts.flatMap((text) => matchEntities(text, entities)).map((hit) => [hit.entity.id, hit.entity]));
  const [only] = named.values();
  return named.size === 1 && only ? lineAbout(content, only, entities, { fromName: true }) : undefined;
}

const PARTS = /[，,;；、]|\band\b|以及|和/i;
const ASKING = /多少|几|吗|么|哪|什么|怎么|有没有|是否|能不能|可不可以|\b(?:how|what|which|when|where|is there|are there|do you|does)\b|^\s*(?:is|are|can|could|will|do|does)\b/i;
