import type { PlannerInput } from '../planner.ts';
import { isNegative, matchEntities } from '../understand/index.ts';
import { GREETING } from './chat-words.ts';
import { chooseGoalTool } from './choose-tool.ts';
import { quotes } from './asked-tool.ts';
import { entitiesIn } from './entities.ts';
import { newGoal } from './goals.ts';
import type { Goal, LocalMemo } from './memo.ts';
import { asksToUndo, isActing } from './request-words.ts';
import { namedApp, routeClause, type ScoredCatalog } from './route.ts';
import { readsOnly } from './tool-kinds.ts';

/**
 * A message after a list the last request ended with (「找到 2 件商品：…」), that names what the list
 * named ("Huilongguan store, 3 packs of the cotton ones") or nothing any service offers, goes on with
 * that request: the request and the message are read together, in its mini-program.
 */
export function followsList(memo: LocalMemo, text: string, input: PlannerInput, catalog: ScoredCatalog): Goal | undefined {
  const last = memo.goals[memo.goals.length - 1];
  const tool = last && last.status === 'done' ? catalog.tool(last.toolId) : undefined;
  if (!last || !tool || !readsOnly(tool) || !memo.goals.every((g) => g.status === 'done' || g.status === 'dropped')) return undefined;
  const appId = tool.appId;
  const named = namedApp(text, catalog);
  if ((named && named !== appId) || isNegative(text) || asksToUndo(text)) return undefined;
  const from = input.transcript.map((t) => t.role).lastIndexOf('user');
  const before = input.transcript.slice(0, from).map((t) => t.role).lastIndexOf('user');
  const listed = input.transcript.slice(before + 1, from)
    .flatMap((t) => (t.role === 'tool-result' && t.toolId.startsWith(`${appId}.`) ? entitiesIn(t.structuredContent) : []));
  // what the list named decides (「那就KN95的拿三包，我自己去拿」 is no ride); else only what no service offers goes on with it
  if (!matchEntities(text, listed).length && (GREETING.test(text.trim()) || routeClause(text, catalog))) return undefined;
  // what the message does (「那就KN95的拿三包」 orders) decides the API; the list's request still says what of
  const whole = `${last.text}，${text}`;
  // (after a quote, what is said that does nothing — an address, a count — is quoted again with it)
  if (quotes(tool) && !isActing(text)) return newGoal(whole, tool);
  return newGoal(whole, chooseGoalTool(isActing(text) ? text : whole, appId, catalog));
}
