import type { PlannerCatalog } from '../planner.ts';

/** The skill documents (SKILL.md) of a mini-program, one per skill of its live tools. */
export function skillDocs(catalog: PlannerCatalog, appId: string): string[] {
  return [...new Set(catalog.toolsOf(appId).map((t) => t.skill))].map((skill) => catalog.skillDoc(appId, skill));
}
