import type { Goal } from './memo.ts';

/** ID parameters an error's content names (「请提供 addressId」) that the goal has not decided. */
export function mentionedParams(content: string, goal: Goal): string[] {
  return [...content.matchAll(/\b([a-z][A-Za-z0-9]*Ids?)\b/g)].map((m) => m[1] ?? '').filter((p) => p && !goal.decided.includes(p));
}
