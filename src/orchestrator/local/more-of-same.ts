import type { Ask, Goal } from './memo.ts';
import { GREETING } from './chat-words.ts';
import { asksToUndo, isActing } from './request-words.ts';
import { namedApp, routeClause, type ScoredCatalog } from './route.ts';
import { appOfTool } from '../../catalog/index.ts';

/**
 * Whether a message that does not answer the question asked says more of the request it was
 * asked for: it names no other mini-program, and neither acts nor asks about another one.
 */
export function moreOfTheSame(goal: Goal, text: string, catalog: ScoredCatalog, asked?: Ask): boolean {
  const appId = appOfTool(goal.toolId);
  const named = namedApp(text, catalog);
  if (named && named !== appId) return false;
  // asked to agree to a fee, what is not a yes is not more of it (「帮我改到周日吧」 is a request of its own)
  if (asked?.kind === 'agree' || asksToUndo(text) || GREETING.test(text.trim())) return false;
  // "The cycling one - book me in", 「最便宜的那个」: a pick among what was offered, whatever else its words name
  if (asked?.kind === 'entity' && PICKS_ONE.test(text)) return true;
  const routed = routeClause(text, catalog);
  if (routed && routed !== appId && (isActing(text) || /[?？]|吗\s*$|\b(?:what|which|how|when|where)\b/i.test(text))) return false;
  // 「下午那场」: anything the request's own mini-program can read is kept; what it cannot is asked again
  return true;
}

/** A pick of one of several offered: "the cycling one", 「下午那场」「便宜的那个」. */
const PICKS_ONE = /\bthe [\w' -]{1,24}? ones?\b|[^，,。？?]{1,10}?的?那[个场节家间款张班趟位]/i;
