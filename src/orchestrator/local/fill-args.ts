import type { Goal } from './memo.ts';
import type { FillEnv, FillNeed } from './fill-need.ts';
import { fillItems } from './fill-items.ts';
import { fillParam } from './fill-param.ts';
import { itemArray, scalarParams } from './schema-paths.ts';

export type { FillEnv, FillNeed } from './fill-need.ts';
export { latestEntities } from './latest-results.ts';

/**
 * Fills what it can of the goal's arguments from the request, the answers and earlier
 * results; says what it needs next: a source API to call, a question, or nothing.
 */
export function fillArgs(goal: Goal, env: FillEnv): FillNeed {
  const items = itemArray(env.tool.inputSchema);
  // Everything the words give is filled first; then a source to call, then a question.
  const fill = () => scalarParams(env.tool.inputSchema).flatMap((param) => fillParam(goal, env, param, env.texts) ?? []);
  const before = goal.decided.length;
  let needs = fill();
  // a choice asked before a later one was made (the hotel, before the room type named, which is one hotel's) is read again
  if (goal.decided.length > before && needs.some((n) => n.type === 'ask' && n.ask.kind === 'entity')) needs = fill();
  // (which of those listed before how many: 「今晚想看…」 is shown the showings first, the count asked with the pick)
  const first = needs.find((n) => n.type === 'source') ?? needs.find((n) => n.type === 'ask' && n.ask.kind === 'entity') ?? needs[0];
  if (first) return first;
  if (items && !goal.decided.includes(items.name)) {
    const need = fillItems(goal, env, items);
    if (need) return need;
  }
  return { type: 'ready' };
}
