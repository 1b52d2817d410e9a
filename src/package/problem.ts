import type { Problem } from './types.ts';

/**
 * One line a developer can act on, in the style of a compiler diagnostic:
 * `error skill/max-count skills/x/mcp.json:12 (apis[3].name): message — fix: …`
 */
export function renderProblem(problem: Problem): string {
  let where = '';
  if (problem.file) {
    where = ` ${problem.file}`;
    if (problem.line !== undefined) where += `:${problem.line}`;
    if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  }
  if (problem.field) where += ` (${problem.field})`;
  const fix = problem.fix ? ` — fix: ${problem.fix}` : '';
  const wechat = problem.wechat ? ` [${problem.wechat}]` : '';
  return `${problem.severity} ${problem.rule}${wechat}${where}: ${problem.message}${fix}`;
}

/** Builds a Problem without undefined members, so it serialises and compares cleanly. */
export function makeProblem(problem: Problem): Problem {
  const clean: Problem = { rule: problem.rule, severity: problem.severity, message: problem.message };
  if (problem.file !== undefined) clean.file = problem.file;
  if (problem.line !== undefined) clean.line = problem.line;
  if (problem.column !== undefined) clean.column = problem.column;
  if (problem.field !== undefined) clean.field = problem.field;
  if (problem.fix !== undefined) clean.fix = problem.fix;
  if (problem.wechat !== undefined) clean.wechat = problem.wechat;
  return clean;
}

/** English first, then Chinese: both readers are first-class in every message. */
export function bilingual(english: string, chinese: string): string {
  return `${english} ${chinese}`;
}
