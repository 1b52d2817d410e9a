import type { PlannerInput } from '../planner.ts';
import { isNegative } from '../understand/index.ts';
import { answeredCopy } from './answers.ts';
import { ACTION_HINT, GREETING, UNDO_REQUEST } from './chat-words.ts';
import { continuesLast, stays } from './goals.ts';
import { changesInstead } from './instead.ts';
import type { Goal, LocalMemo } from './memo.ts';
import { isActing } from './request-words.ts';
import { routeClause, type ScoredCatalog } from './route.ts';
import { schemaLookup } from './schema-paths.ts';
import { valueContext } from './value-context.ts';
import { appOfTool } from '../../catalog/index.ts';

/**
 * A change to an order still waiting for the user's confirmation (「改成3个小时」「换成热的」):
 * the hub has set the old one aside unpaid; the goal is made again with the change read
 * first, and the user confirms the new order. Where the skill has an update API, it is used
 * through the same goal choice; here there is none to prefer, so it is cancel-and-redo.
 */
export function amendPending(memo: LocalMemo, text: string, input: PlannerInput, catalog: ScoredCatalog): boolean {
  const at = input.transcript.map((t) => t.role).lastIndexOf('user');
  const declined = input.transcript.slice(at + 1).some((t) => t.role === 'hub' && /declined order/i.test(t.text));
  const last = [...memo.goals].reverse().find((g) => g.status === 'done');
  if (!declined || !last || isNegative(text) || UNDO_REQUEST.test(text)) return false;
  const appId = routeClause(text, catalog);
  if (appId && appId !== appOfTool(last.toolId)) return false;
  Object.assign(last, { status: 'open', args: {}, decided: [], wanted: [], attempts: 0, asking: undefined, failed: undefined, answers: [text, ...last.answers] });
  memo.goals = [last];
  memo.resolving = undefined;
  return true;
}

/** Applies what follows a leading no as the answer to the goal's question; false where it answers nothing. */
export function answersAfterNo(goal: Goal, rest: string, input: PlannerInput, catalog: ScoredCatalog): boolean {
  const tool = catalog.tool(goal.toolId);
  const ask = goal.asking;
  if (!rest || !tool || !ask?.params.length) return false;
  const answered = answeredCopy(goal, ask, rest, schemaLookup(tool), valueContext(input, [rest]));
  if (!answered) return false;
  Object.assign(goal, { args: answered.args, decided: answered.decided, answers: answered.answers, asking: undefined });
  return true;
}

/** Whether a message after a failure amends the failed goal (a value for it), rather than asking anew. */
export function amendsFailed(goal: Goal, text: string, catalog: ScoredCatalog): boolean {
  if ((isNegative(text) && !changesInstead(text)) || (GREETING.test(text.trim()) && !ACTION_HINT.test(text))) return false;
  if (continuesLast(text)) return true;
  // "Oh no. Same time on Sunday then, still regular seats": what fits the act refused as well as
  // any other service goes on with it (only what clearly fits another starts there)
  if (stays(text, { appId: appOfTool(goal.toolId), text: goal.text }, catalog)) return true;
  const appId = routeClause(text, catalog);
  if (!appId) return true;
  return appId === appOfTool(goal.toolId) && !isActing(text);
}
