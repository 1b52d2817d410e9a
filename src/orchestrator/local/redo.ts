import { isNegative, matchEntities } from '../understand/index.ts';
import type { Goal, LocalMemo } from './memo.ts';
import { asksToUndo } from './request-words.ts';
import { namedApp, withParts, type ScoredCatalog } from './route.ts';
import { appOfTool } from '../../catalog/index.ts';

/**
 * Words that take up what was just tried (「那就从另一家店送吧」「还是换…」, "get it from … then",
 * "the same address", "instead"): the request goes on, with what is said now in place of what failed.
 */
const TAKES_UP = /那就|那从|那换|还是|换成?|改成?|一样|同一个|也行|\b(?:it|them|then|instead|same|again|that one)\b/i;

/**
 * A request that could not be done (out of stock at the store named, nothing listed then) is taken
 * up again by a message that points back at it and names something its mini-program lists (another
 * store, another time): the request is read again with the message first. Names another service
 * lists too (a place a ride knows) do not take it elsewhere.
 */
export function redoesFailed(memo: LocalMemo, text: string, catalog: ScoredCatalog): Goal | undefined {
  const last = memo.goals[memo.goals.length - 1];
  if (!last || last.status !== 'dropped' || !last.failed) return undefined;
  if (!TAKES_UP.test(text) || isNegative(text) || asksToUndo(text)) return undefined;
  const appId = appOfTool(last.toolId);
  const named = namedApp(text, catalog);
  if (named && named !== appId) return undefined;
  const names = catalog.resultNames?.(appId) ?? [];
  const listed = matchEntities(text, names.map((name, key) => ({ id: String(key), names: withParts(name) })));
  if (!listed.length) return undefined;
  return { ...last, status: 'open', args: {}, decided: [], wanted: [], attempts: 0, asking: undefined, failed: undefined, notices: undefined, since: -1, answers: [text, ...last.answers] };
}
