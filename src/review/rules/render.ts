import type { RuleInfo } from '../types.ts';

/**
 * What review sees when it uses the package as a person would: every card mounted with its
 * API's example results, every page of app.json opened once (src/review/sandbox).
 */

export const cardMount: RuleInfo = {
  id: 'review/card-mount',
  severity: 'error',
  title: "every card mounts with its API's example results without throwing",
  stage: 'render',
};

export const pageOpen: RuleInfo = {
  id: 'review/page-open',
  severity: 'error',
  title: 'every page of app.json opens without a script error',
  stage: 'render',
};

export const renderRules: RuleInfo[] = [cardMount, pageOpen];
