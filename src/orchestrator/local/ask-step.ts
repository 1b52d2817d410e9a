import type { Tool } from '../../catalog/index.ts';
import type { PlannerStep } from '../planner.ts';
import { answeredCopy } from './answers.ts';
import type { FillNeed } from './fill-need.ts';
import type { ValueContext } from './fill-value.ts';
import { idParams } from './id-sources.ts';
import type { Goal } from './memo.ts';
import { factOf } from './phrasing.ts';
import { questionFor } from './questions.ts';
import { scalarParams, schemaLookup } from './schema-paths.ts';

/**
 * The question for what filling a goal still needs (or the fact that ends it, where a list has
 * nothing to choose from). A request that carries the values labelled (「收件人李明，电话…」) is read
 * as their answer first, by the hub's clock; undefined where that answers everything asked.
 */
export function askStep(goal: Goal, tool: Tool, need: Extract<FillNeed, { type: 'ask' }>, lang: 'zh' | 'en', context: ValueContext): PlannerStep | undefined {
  if (need.say !== undefined) {
    Object.assign(goal, { status: 'dropped', failed: true });
    return { type: 'reply', text: factOf(need.say, { lang, apis: tool.siblings }), awaitUser: false, done: true };
  }
  let ask = need.ask;
  if (ask.kind === 'value') {
    const ids = new Set(idParams(tool, []).map((p) => p.name));
    const open = scalarParams(tool.inputSchema).filter((p) => p.required && !goal.decided.includes(p.path) && p.schema.default === undefined && !p.schema.enum && !ids.has(p.name));
    // an ID or a choice with nothing to list it from is still asked for, by its own name: never a silent question
    ask = { ...ask, params: open.length ? open.map((p) => p.path) : ask.params };
    // The request itself may carry them, labelled (「收件人李明，电话…」): read it as an answer first.
    const probe = ask.params.length ? answeredCopy(goal, ask, goal.text, schemaLookup(tool), { ...context, texts: [goal.text], userCity: undefined }, { leftover: false }) : undefined;
    if (probe) {
      Object.assign(goal, { args: probe.args, decided: probe.decided });
      if (ask.params.every((p) => probe.decided.includes(p))) return undefined;
      // what it carries is kept; only the rest is asked
      ask = { ...ask, params: ask.params.filter((p) => !probe.decided.includes(p)) };
    }
  }
  goal.asking = ask;
  // What the list said (「…上午已结束」) comes before the question, so the user chooses knowing it.
  const listed = need.context ? factOf(need.context, { lang, apis: tool.siblings }) : '';
  return { type: 'reply', text: [listed, questionFor(ask, schemaLookup(tool), lang)].filter(Boolean).join('\n'), awaitUser: true };
}
