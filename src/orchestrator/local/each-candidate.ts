import type { Tool } from '../../catalog/index.ts';
import type { FillNeed } from './fill-need.ts';
import type { Goal } from './memo.ts';
import { isActing } from './request-words.ts';
import { setPath } from './schema-paths.ts';
import { readsOnly } from './tool-kinds.ts';

/** More candidates than this are a choice to ask for, not a few to look at each. */
const FEW = 3;

/**
 * A question that acts on nothing (「…送过来要多少钱？先不下单」, "how much would it cost?") whose
 * read-only answer needs one of a few listed things chosen is answered for each of them, not turned
 * into a question back: those in the user's city where some are. Gives the goals, one per candidate
 * (the first is `goal` itself, decided), or undefined where that does not hold.
 */
export function eachCandidate(goal: Goal, tool: Tool, need: Extract<FillNeed, { type: 'ask' }>, userCity: string | undefined): Goal[] | undefined {
  const { ask } = need;
  const path = ask.params[0];
  if (ask.kind !== 'entity' || ask.many || !ask.candidates || path === undefined || !readsOnly(tool) || isActing(goal.text)) return undefined;
  // (a choice set once and asked again — an item of a list the goal reads anew — is asked, never set again without end)
  if (goal.decided.includes(path)) return undefined;
  const local = userCity ? ask.candidates.filter((c) => c.fields?.city !== undefined && c.fields.city.replace(/市$/, '') === userCity.replace(/市$/, '')) : [];
  const few = local.length ? local : ask.candidates;
  if (few.length < 2 || few.length > FEW) return undefined;
  return few.map((candidate, index) => {
    const copy: Goal = index === 0 ? goal : { ...goal, args: structuredClone(goal.args), decided: [...goal.decided], answers: [...goal.answers] };
    setPath(copy.args, path, candidate.id);
    if (!copy.decided.includes(path)) copy.decided.push(path);
    return copy;
  });
}
