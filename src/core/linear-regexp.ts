import { RE2JS } from 're2js';

/** A regular expression as ajv calls it: `test` only. */
export interface RegExpLike {
  test(text: string): boolean;
  /** `/pattern/flags`: ajv caches compiled patterns under this. */
  toString(): string;
}

/**
 * Patterns from packages (`pattern`, `patternProperties` in JSON Schemas) run on RE2's
 * linear-time engine, never on the host's backtracking one: `^(a+)+$` costs what its input
 * costs. Backreferences and lookaround have no linear-time form and do not compile.
 */
export const linearRegExp = Object.assign(
  (pattern: string, flags: string): RegExpLike => {
    const compiled = RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0);
    // ajv keys its cache of compiled patterns by `toString()`: without one, every pattern of a
    // schema set would share the first one compiled ("[object Object]").
    const source = `/${pattern}/${flags}`;
    return { test: (text: string) => compiled.test(text), toString: () => source };
  },
  { code: 'linearRegExp' },
);

/** Why a pattern cannot run in linear time (it does not compile for RE2), or undefined. */
export function linearPatternProblem(pattern: string): string | undefined {
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
