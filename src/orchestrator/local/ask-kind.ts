import { normaliseMemo } from './memo.ts';

/**
 * What the local planner's open question is about, by structure only — its kind, how many things
 * it offered, the leaf name of the parameter it fills and (of a choice) the names of the arguments
 * the act already had — never its words: a held-out set's
 * failures that end on a question can be counted by what was asked without reading them.
 * Undefined when nothing is asked (or another planner kept the session).
 */
export function pendingAskKind(memo: unknown): string | undefined {
  const goal = [...normaliseMemo(memo).goals].reverse().find((g) => g.asking && g.status !== 'dropped' && g.status !== 'done');
  const ask = goal?.asking;
  if (!ask) return undefined;
  const params = ask.params.map((p) => p.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? p);
  const of = params.length ? ` (${params.join(', ')})` : '';
  if (ask.kind === 'agree') return `a yes or no${of}`;
  if (ask.kind === 'enum') return `${ask.options ? `one of ${ask.options.length} options offered` : 'one of its options'}${of}`;
  // what the act already had when it asked: the names of its decided arguments, never their values
  const had = Object.keys(goal.args).length ? `; had ${Object.keys(goal.args).sort().join(', ')}` : '';
  if (ask.kind === 'entity') return `a choice among ${ask.candidates?.length ?? 'the'} listed${ask.narrowed ? ', narrowed' : ''}${of}${had}`;
  return params.length ? `a value${of}` : 'what next, after a failed call';
}
