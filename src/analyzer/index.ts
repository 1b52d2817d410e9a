/**
 * Automatic mode: reads a package that has no AI code (app.json, pages, components, helpers)
 * into a capability graph, derives tools and a SKILL.md from it, and plans for the page operator.
 */
export { analyzePackage, DERIVED_SKILL_PATH } from './analyze.ts';
export { NOTIFY_API } from './derive-tools.ts';
export type * from './types.ts';
