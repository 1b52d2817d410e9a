export { loadScenarios, type Scenario } from './scenario.ts';
export { runEval, ecosystemTemplate, type EvalReport, type EvalOptions } from './run-eval.ts';
export { simulate, type ScenarioOutcome } from './simulate.ts';
export { passHatK } from './pass-k.ts';
export { containsText, normaliseText } from './text-match.ts';
export { failureKind } from './failure-kind.ts';
