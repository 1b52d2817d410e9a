import { chooseGoalTool } from './choose-tool.ts';
import { newGoal } from './goals.ts';
import type { Goal } from './memo.ts';
import { asksToUndo } from './request-words.ts';
import type { ScoredCatalog } from './route.ts';
import { isUndoLike, readsOnly } from './tool-kinds.ts';

/** Booking again after an undo: 「改约周六那节」「重新订一间」, "rebook it just for me", "book the 7pm one instead". */
const REBOOK = /改约|重新约|重约|再约|改订|重新订|重订|再订|改买|重新买|换成|改成|换到|改到|\bre-?book|\bbook (?:it|me|us|one|that) again\b|\bbook\b[^,.;!?]*\binstead\b/i;

/** Where a clause ends: a stop or a comma, or an "and" before booking again ("cancel that and rebook it"). */
const CLAUSE_END = /[，,；;。.!！]\s*|\s+and\s+(?=re-?book|book\b)/i;

/**
 * Cancel and book again in one message (「刚约的那节取消掉，改约周六下午两点那节」, "cancel that and rebook
 * it just for me"): the undo, then the booking made again, a goal of its own. The new booking is the
 * one undone (`previous`, what the conversation made last in that mini-program) with what is said now
 * read first: the day, the time, how many.
 */
export function splitRebook(goal: Goal, previous: Goal | undefined, catalog: ScoredCatalog): Goal[] {
  const tool = catalog.tool(goal.toolId);
  if (!tool || !isUndoLike(tool)) return [goal];
  const parts = goal.text.split(CLAUSE_END).map((part) => part.trim()).filter(Boolean);
  const at = parts.findIndex((part, i) => i > 0 && REBOOK.test(part) && !asksToUndo(part) && parts.slice(0, i).some(asksToUndo));
  if (at < 0) return [goal];
  const undo = parts.slice(0, at).join('，');
  const again = parts.slice(at).join('，');
  const made = previous && previous.toolId.startsWith(`${tool.appId}.`) ? catalog.tool(previous.toolId) : undefined;
  const maker = made && !readsOnly(made) && !isUndoLike(made) ? made : chooseGoalTool(again, tool.appId, catalog);
  if (isUndoLike(maker) || readsOnly(maker)) return [goal];
  const rebook = previous && made === maker ? { ...newGoal(previous.text, maker), answers: [again, ...previous.answers] } : newGoal(again, maker);
  return [{ ...goal, text: undo }, { ...rebook, since: -1 }];
}
