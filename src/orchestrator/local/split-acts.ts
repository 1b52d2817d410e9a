import type { Tool } from '../../catalog/index.ts';
import { extractQuantities, splitClauses } from '../understand/index.ts';
import { chooseGoalTool } from './choose-tool.ts';
import { newGoal } from './goals.ts';
import { isActing, saysWhen } from './request-words.ts';
import { namedThing, type ScoredCatalog } from './route.ts';
import { isUndoLike } from './tool-kinds.ts';
import type { Goal } from './memo.ts';
import { splitByValues } from './split-values.ts';

/**
 * Two acts of one mini-program said one after the other in a sentence, with no more than a
 * comma between them (「买张十次卡，用它约周二晚上的搏击」, "buy the pack, then book me in"):
 * two goals, in the order said, each with its own words. The second may point back at what
 * the first makes (「用它」, "with it"): it is read with that thing named.
 */
export function splitActs(goal: Goal, catalog: ScoredCatalog): Goal[] {
  const appId = goal.toolId.split('.')[0]!;
  const parts = goal.text.split(COMMA).map((part) => part.trim()).filter(Boolean);
  for (let at = 1; at < parts.length; at++) {
    if (!isActing(parts[at]!) || !isActing(parts.slice(0, at).join('，'))) continue;
    const before = parts.slice(0, at).join('，');
    const after = parts.slice(at).join('，');
    const first = chooseGoalTool(before, appId, catalog);
    const second = chooseGoalTool(after, appId, catalog);
    if (first.id === second.id || !makes(first) || !makes(second)) continue;
    return [newGoal(before, first), ...splitActs(newGoal(resolveIt(after, before), second), catalog)];
  }
  return splitRepeats(goal, catalog);
}

/**
 * The same act done twice for two things, each with its own count and its own when ("two tickets
 * for Little Chef on Monday morning and one for Silent Snow at 9pm"): an API that takes one thing
 * is called once for each, as two goals in the order said. A thing with a count and no when of
 * its own is an item of the same order (a snack with the tickets).
 */
function splitRepeats(goal: Goal, catalog: ScoredCatalog): Goal[] {
  const tool = catalog.tool(goal.toolId);
  if (!tool || !makes(tool) || !isActing(goal.text)) return [goal];
  const starts: number[] = [];
  const names = new Set<string>();
  for (const clause of splitClauses(goal.text)) {
    const thing = namedThing(clause.text, catalog);
    if (!thing || thing.appId !== tool.appId || names.has(thing.name) || !extractQuantities(clause.text).length) continue;
    // a second thing with no when of its own is an item of the same order (「…再加一个双人套餐」), not another order
    if (starts.length && !saysWhen(clause.text)) continue;
    names.add(thing.name);
    starts.push(clause.span[0]);
  }
  if (starts.length < 2) return splitByValues(goal, tool, catalog.toolsOf(tool.appId));
  const cuts = [0, ...starts.slice(1), goal.text.length];
  return cuts.slice(0, -1).map((from, i) => ({
    ...newGoal(goal.text.slice(from, cuts[i + 1]).replace(/^\s*(?:and|plus|再|还有|另外)?\s*/i, '').replace(/[，,\s]*(?:and|plus|再|还有|和)?\s*$/i, ''), tool),
    ...(i > 0 ? { since: -1 } : {}),
  }));
}

const COMMA = /[，,；;]/;

/** An API that makes something (an order, a booking, a purchase): not a list, not an undo. */
function makes(tool: Tool): boolean {
  return tool.annotations?.readOnlyHint !== true && !/^(get|list|search|query|find|check|show)[A-Z_]/.test(tool.api) && !isUndoLike(tool);
}

/** 「用它」「拿这张」, "with it", "use it": the thing the clause before named. */
const IT = /(?<=[用拿凭])(?:它|这张|那张|这个|那个)|(?<=\b(?:with|use|using)\s+)(?:it|that|this one)\b/giu;

function resolveIt(text: string, before: string): string {
  const thing = before.replace(/^.*?(?:买|办|购买|充|订|要|buy|get|purchase|order)\s*(?:一?[张个份])?/iu, '').trim();
  return thing ? text.replace(IT, thing) : text;
}
