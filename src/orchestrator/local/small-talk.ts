import { ACTION_HINT, GREETING } from './chat-words.ts';
import { routeClause, type ScoredCatalog } from './route.ts';

/** The greeting a message opens with ("hey,", 「你好，」), and the punctuation after it. */
const OPENING = /^\s*(?:你好|您好|嗨|(?:hi|hello|hey)\b)[\s,，!！.。~～]*/i;

/**
 * A greeting, or a question of what the assistant does, and nothing else: a greeting that goes
 * on to what a service serves ("hey, my parcel … what time was it signed for?") is that request,
 * whether or not it uses a word of doing.
 */
export function isSmallTalk(text: string, catalog: ScoredCatalog): boolean {
  if (!GREETING.test(text.trim()) || ACTION_HINT.test(text)) return false;
  const rest = text.replace(OPENING, '');
  return rest === text || !rest.trim() || !routeClause(rest, catalog);
}
