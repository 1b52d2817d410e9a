import type { Tool } from '../../catalog/index.ts';
import { idParams } from './id-sources.ts';
import { itemArray, scalarParams } from './schema-paths.ts';
import { readsOnly } from './tool-kinds.ts';

/**
 * Whether an act said after a question to the same mini-program is about something else
 * ("What's my pension balance? And top up my phone with 50"): the act takes nothing the question's
 * API reads or takes — none of its IDs comes from that API, nor from a list that one's come from,
 * and no parameter of theirs is the same.
 * 「燃气费多少钱？帮我交一下」 (both take the account) and "How much is a latte? One please" (the
 * order's drink comes from the menu) are one request: the act.
 */
export function actsApart(act: Tool, question: Tool, siblings: Tool[]): boolean {
  if (act.id === question.id || !readsOnly(question) || readsOnly(act)) return false;
  // (an act that declares no inputs says nothing of what it takes: it may well be the question's)
  if (!Object.keys(act.inputSchema.properties ?? {}).length) return false;
  if (chainOf(act, siblings).has(question.api)) return false;
  const asked = new Set(scalarParams(question.inputSchema).map((p) => p.name));
  return ![act, ...itemsOf(act)].some((tool) => scalarParams(tool.inputSchema).some((p) => asked.has(p.name)));
}

/**
 * The APIs an act's IDs come from, and theirs in turn (a class from the timetable, the timetable
 * filtered by a club from the club list): what the act is built on.
 */
function chainOf(act: Tool, siblings: Tool[]): Set<string> {
  const seen = new Set<string>();
  const queue = [act];
  while (queue.length) {
    const tool = queue.shift()!;
    for (const source of [tool, ...itemsOf(tool)].flatMap((t) => idParams(t, siblings).flatMap((p) => p.source ?? []))) {
      if (seen.has(source)) continue;
      seen.add(source);
      const next = siblings.find((s) => s.api === source);
      if (next) queue.push(next);
    }
  }
  return seen;
}

/** The tool as its list of items sees it (`items: [{ drinkId, … }]`, `itemArray`): where an order's IDs stand. */
function itemsOf(tool: Tool): Tool[] {
  const items = itemArray(tool.inputSchema);
  return items ? [{ ...tool, inputSchema: items.schema }] : [];
}
