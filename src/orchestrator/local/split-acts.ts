import { appOfTool, type Tool } from '../../catalog/index.ts';
import { daySaid, extractDateTime, extractQuantities, matchEntities, partySize, splitClauses } from '../understand/index.ts';
import { chooseGoalTool } from './choose-tool.ts';
import { newGoal } from './goals.ts';
import { isActing, isBareAct, saysWhen } from './request-words.ts';
import { namedThing, withParts, type ScoredCatalog } from './route.ts';
import { isUndoLike } from './tool-kinds.ts';
import type { Goal } from './memo.ts';
import { byPatterned, splitByValues } from './split-values.ts';
import { splitEach } from './split-each.ts';

/**
 * Two acts of one mini-program said one after the other in a sentence, with no more than a
 * comma between them (「买张十次卡，用它约周二晚上的搏击」, "buy the pack, then book me in"):
 * two goals, in the order said, each with its own words. The second may point back at what
 * the first makes (「用它」, "with it"): it is read with that thing named.
 */
export function splitActs(goal: Goal, catalog: ScoredCatalog): Goal[] {
  const appId = appOfTool(goal.toolId);
  const parts = goal.text.split(COMMA).map((part) => part.trim()).filter(Boolean);
  for (let at = 1; at < parts.length; at++) {
    // (「…，就我一个」 says who goes with the act before it: no act of its own)
    // ("…at the river studio, can you book me in?": an act alone is the act of what was said before it)
    if (!isActing(parts[at]!, { whoGoes: false }) || !isActing(parts.slice(0, at).join('，')) || isBareAct(parts.slice(at).join('，'))) continue;
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
 * its own is an item of the same order (a snack with the tickets). A later thing said on another
 * day than the first needs no count (「明天家里做个保洁，周一下午一点再去公司擦玻璃」); the when may be
 * the clause just before it.
 */
function splitRepeats(goal: Goal, catalog: ScoredCatalog): Goal[] {
  const tool = catalog.tool(goal.toolId);
  // (a look-up asked of two values its pattern tells, two waybills: each looked up)
  if (tool && (!makes(tool) || !isActing(goal.text))) return byPatterned(goal, tool) ?? [goal];
  if (!tool) return [goal];
  // (「A和B明晚各两张」: one order for each, where the order takes one of them)
  const each = splitEach(goal, tool, catalog);
  if (each) return each;
  const starts: number[] = [];
  const names = new Set<string>();
  let whenBefore: number | undefined;
  let tail: number | undefined;
  const clauses = splitClauses(goal.text);
  const things = clauses.map((clause) => thingOf(clause.text, tool.appId, catalog));
  let firstTime: string | undefined;
  for (const [index, clause] of clauses.entries()) {
    const thing = things[index];
    const when = saysWhen(clause.text);
    if (!thing) {
      // 「周一下午一点」 before 「再派人去公司擦玻璃」: the when of the next thing; what names neither is said of them all
      whenBefore = when ? clause.span[0] : undefined;
      if (!when && starts.length) tail ??= clause.span[0];
      continue;
    }
    const from = whenBefore ?? clause.span[0];
    const ownWhen = when || whenBefore !== undefined;
    whenBefore = undefined;
    tail = undefined;
    if (names.has(thing)) continue;
    // the people it is for count it too, said in it or just after it (「…看X，一大一小」, 「我自己再看场Y」)
    const next = clauses.findIndex((c, i) => i > index && things[i] !== undefined);
    const own = goal.text.slice(clause.span[0], next === -1 ? goal.text.length : clauses[next]!.span[0]);
    const counted = extractQuantities(clause.text).length > 0 || partySize(own) !== undefined;
    const first = goal.text.slice(starts[0] ?? 0, from);
    const itsDay = daySaid(goal.text.slice(from, clause.span[1]));
    const otherDay = starts.length > 0 && itsDay !== undefined && itsDay !== daySaid(first);
    // another clock time of the same day is another visit (「上午九点半看X…；晚上八点十分再看场Y」)
    const itsTime = clockSaid(goal.text.slice(from, clause.span[1]));
    const otherTime = starts.length > 0 && itsTime !== undefined && firstTime !== undefined && itsTime !== firstTime;
    // a second thing with no when of its own is an item of the same order (「…再加一个双人套餐」), not another order
    if (starts.length ? !ownWhen || !(counted || otherDay || otherTime) : !counted) continue;
    if (!starts.length) firstTime = itsTime;
    names.add(thing);
    starts.push(from);
  }
  if (starts.length < 2) return splitByValues(goal, tool, catalog.toolsOf(tool.appId));
  // 「…，都是我一个人，不要早餐」 after the last thing: details of every order
  const shared = tail === undefined ? '' : goal.text.slice(tail).replace(/^[，,；;\s]+/, '');
  const end = tail ?? goal.text.length;
  const cuts = [0, ...starts.slice(1), end];
  const day = daySaid(goal.text.slice(0, cuts[1]));
  return cuts.slice(0, -1).map((from, i) => {
    let text = goal.text.slice(from, cuts[i + 1]).replace(/^\s*(?:and|plus|再|还有|另外)?\s*/i, '').replace(/[，,；;\s]*(?:and|plus|再|还有|和)?\s*$/i, '');
    // 「…，晚上九点半那场…」 after 「明天上午…」: the day said first, where a later one says only a time
    if (i > 0 && day && !daySaid(text)) text = `${day} ${text}`;
    return { ...newGoal(shared ? `${text}，${shared}` : text, tool), ...(i > 0 ? { since: -1 } : {}) };
  });
}

/**
 * The thing of the mini-program a clause names: a long name in full, else the listed name it says
 * best (「擦玻璃」 of 「擦玻璃（全屋15扇以内）」).
 */
function thingOf(clause: string, appId: string, catalog: ScoredCatalog): string | undefined {
  const named = namedThing(clause, catalog);
  if (named) return named.appId === appId ? named.name : undefined;
  const names = (catalog.resultNames?.(appId) ?? []).filter((name) => name.length >= 2);
  const [best] = matchEntities(clause, names.map((name, key) => ({ id: String(key), names: withParts(name) }))).sort((a, b) => b.score - a.score);
  return best ? names[Number(best.entity.id)] : undefined;
}

const COMMA = /[，,；;]/;

/** The clock time a text says (「上午九点半」 → 09:30), the day it is on aside. */
function clockSaid(text: string): string | undefined {
  return extractDateTime(text, { now: new Date(), timeZone: 'Asia/Shanghai' }).time;
}

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
