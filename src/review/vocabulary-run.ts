import type { ApiDeclaration, MiniProgramPackage } from '../package/index.ts';
import { namesInResult } from './result-names.ts';
import type { LintContext } from './lint-context.ts';
import type { ReviewDeps, VocabularyResult } from './types.ts';

/** The name of the call that asks a listing API for everything (not one of the package's examples). */
export const VOCABULARY_RUN = 'vocabulary';

/** API names that only read, by the common convention (list…, search…, get…). */
const READ_NAME = /^(list|search|get|query|find|browse|fetch)[A-Z_]/;

/**
 * What each listing API names when asked for everything: every API that only reads and needs
 * no argument is called once with none, in the sandbox as the examples are. A person names a
 * film or a service the examples never showed; discovery routes on these names. A call that
 * fails teaches nothing and is no problem of the package: the examples are its contract.
 */
export async function runVocabulary(deps: ReviewDeps, ctx: LintContext, unloaded: Set<string>): Promise<VocabularyResult[]> {
  const results: VocabularyResult[] = [];
  for (const skill of ctx.pkg.skills) {
    if (unloaded.has(skill.name)) continue;
    for (const api of skill.apis.filter(listsAll)) {
      try {
        const outcome = await deps.runExample(ctx.pkg, skill.path, api.name, { name: VOCABULARY_RUN, arguments: {} });
        if (!outcome.ok || outcome.envelope.isError) continue;
        const names = namesInResult(outcome.envelope.structuredContent);
        if (names.length) results.push({ skill: skill.name, api: api.name, names });
      } catch {
        // a listing that throws names nothing
      }
    }
  }
  return results;
}

/** How many calls a review makes of the package: each example once, then each listing API once with no argument. */
export function reviewRuns(pkg: MiniProgramPackage): number {
  return pkg.skills.reduce((n, skill) => n + skill.apis.reduce((m, api) => m + api.examples.length + (listsAll(api) ? 1 : 0), 0), 0);
}

function listsAll(api: ApiDeclaration): boolean {
  const reads = api.annotations?.readOnlyHint === true || READ_NAME.test(api.name);
  const required = Array.isArray(api.inputSchema.required) ? api.inputSchema.required : [];
  return reads && api.annotations?.destructiveHint !== true && required.length === 0;
}
