import type { MiniProgramPackage } from '../package/index.ts';
import { runContract } from './contract-run.ts';
import { runVocabulary } from './vocabulary-run.ts';
import { LintContext } from './lint-context.ts';
import { lintInto } from './lint.ts';
import { checkInspections } from './rules/registration.ts';
import { checkCompiles } from './rules/schemas.ts';
import { mountCards } from './sandbox/mount-cards.ts';
import { openPages } from './sandbox/open-pages.ts';
import type { ReviewDeps, ReviewReport, SkillInspection } from './types.ts';

/**
 * The automatic part of review: the static lint, the schemas compiled, each skill's index.js
 * inspected in the sandbox, the contract run of every example, the names every listing API
 * gives asked for everything, every card mounted with its examples' results and every page
 * opened once. `passed` gates approval.
 */
export async function reviewPackage(pkg: MiniProgramPackage, deps: ReviewDeps): Promise<ReviewReport> {
  const ctx = new LintContext(pkg);
  lintInto(ctx);
  checkCompiles(ctx);
  let inspections: SkillInspection[];
  try {
    inspections = await deps.inspectSkills(pkg);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    inspections = pkg.skills.map((skill) => ({ skill: skill.name, registered: [], error: reason }));
  }
  checkInspections(ctx, inspections);
  const unloaded = new Set(
    pkg.skills
      .filter((skill) => {
        const inspection = inspections.find((candidate) => candidate.skill === skill.name || candidate.skill === skill.path);
        return !inspection || inspection.error !== undefined;
      })
      .map((skill) => skill.name),
  );
  const { results: contract, succeeded } = await runContract(deps, ctx, unloaded);
  const vocabulary = await runVocabulary(deps, ctx, unloaded);
  await mountCards(deps, ctx, succeeded);
  await openPages(deps, ctx);
  const passed = !ctx.problems.some((problem) => problem.severity === 'error') && contract.every((result) => result.pass);
  return { problems: ctx.problems, contract, ...(vocabulary.length ? { vocabulary } : {}), passed };
}
