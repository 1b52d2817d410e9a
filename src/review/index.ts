export type { ApiEnvelope, ContractResult, ExampleOutcome, ReviewDeps, ReviewReport, RuleInfo, RuleStage, SkillInspection } from './types.ts';
export { lintPackage } from './lint.ts';
export { reviewPackage } from './review-package.ts';
export { reviewRuns, VOCABULARY_RUN } from './vocabulary-run.ts';
export { lintSource } from './lint-source.ts';
export { RULES } from './rules/index.ts';
export { factActionIssue } from './rules/fact-action.ts';
