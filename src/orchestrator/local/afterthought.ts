import { fillArgs, type FillEnv } from './fill-args.ts';
import type { Goal } from './memo.ts';
import { getPath, scalarParams, setPath } from './schema-paths.ts';

/**
 * Something added after an answer (「去公司那边。对了，冰箱也擦一下」, "Two. Oh, and put us in the
 * middle"): a word that turns to another matter, after the end of the answer's own sentence.
 */
const TURN = /[。.!！；;，,~～]\s*(?:哦|噢|啊|嗯)?(?:对了|另外|还有就是|还有|顺便|顺带)[，,：:]?\s*|[.!;,-]\s+(?:oh,?\s+)?(?:and\s+)?(?:actually|by the way|btw|oh and|also|one more thing)\b[,:]?\s*/iu;

/** An answer and what is added after it, where something is. */
export function splitAfterthought(text: string): { answer: string; afterthought?: string } {
  const m = TURN.exec(text);
  if (!m || m.index === 0) return { answer: text };
  const afterthought = text.slice(m.index + m[0].length).trim();
  return afterthought ? { answer: text.slice(0, m.index).trim(), afterthought } : { answer: text };
}

/** Words that add a thing to what was asked for rather than replace it (「也」「再加」, "too", "as well"). */
const ADDS = /也|还要|再加|加一|加个|顺手|\b(?:too|as well|also|plus|add)\b/i;

/**
 * Reads what an afterthought says into the goal (`defaultsOnly`: a whole answer, which changes only
 * values taken by default, never one the user said): a value it gives (a new time, a seat type) takes the
 * place of the one decided before; a thing it adds to a list (「冰箱也顺手擦一下」) joins those named.
 * What it says is found by reading the goal with and without it: defaults and values from earlier
 * answers are the same both ways, so only what the afterthought itself says differs.
 */
export function applyAfterthought(goal: Goal, afterthought: string, env: FillEnv, { defaultsOnly = false } = {}): void {
  const others = env.texts.filter((text) => text !== afterthought);
  const read = (texts: string[]) => {
    const copy: Goal = { ...goal, args: {}, decided: [], wanted: [], answers: [], usual: undefined };
    fillArgs(copy, { ...env, texts });
    return copy.args;
  };
  const without = read(others.length ? others : ['']);
  const bare = read(['']);
  const own = read([afterthought]);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const paths = scalarParams(env.tool.inputSchema).map((p) => p.path);
  const changes = paths.filter((path) => {
    const said = getPath(own, path);
    if (said === undefined || same(said, getPath(bare, path))) return false;
    // a whole answer that says more than was asked ("3 tickets, premium seats") changes only what nobody said
    return !(defaultsOnly && getPath(goal.args, path) !== undefined && !same(getPath(goal.args, path), getPath(bare, path)));
  });
  // a room type read from another hotel's list than the one the goal keeps (the afterthought alone lands on
  // another hotel, which it does not change to) is not of the goal's hotel
  const otherParent = paths.some((path) => ID.test(path) && !changes.includes(path) && getPath(own, path) !== undefined && getPath(goal.args, path) !== undefined && !same(getPath(own, path), getPath(goal.args, path)));
  for (const path of changes) {
    if (otherParent && ID.test(path)) continue;
    const said = getPath(own, path);
    const before = getPath(goal.args, path) ?? getPath(without, path);
    const value = Array.isArray(said) && Array.isArray(before) && ADDS.test(afterthought) ? [...new Set([...before, ...said])] : said;
    setPath(goal.args, path, value);
    if (!goal.decided.includes(path)) goal.decided.push(path);
  }
}

/** A parameter that names one listed thing by its ID (`hotelId`, `roomTypeId`). */
const ID = /[a-z](?:Id|ID|Ids)$/;
