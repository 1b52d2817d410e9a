import type { MiniProgramPackage } from '../package/index.ts';
import { deriveTools } from './derive-tools.ts';
import { flows } from './flows.ts';
import { buildGraph } from './graph.ts';
import { generateSkillMd } from './skill-md.ts';
import type { Analysis, AnalyzerWarning, CapabilityGraph, DerivedSkill } from './types.ts';

/** Where derived tools live in the catalog: a skill path no written skill can have. */
export const DERIVED_SKILL_PATH = '@auto';

/**
 * Automatic mode's reading of a package: the capability graph, the tools derived from it with
 * their operator plans, the generated SKILL.md and what could not be understood. Never throws
 * on a package's code: whatever fails becomes a warning and the rest is still derived.
 */
export function analyzePackage(pkg: MiniProgramPackage): Analysis {
  const warnings: AnalyzerWarning[] = [];
  let graph: CapabilityGraph = { appName: pkg.displayName, pages: [] };
  let derived: DerivedSkill = emptySkill(pkg);
  try {
    graph = buildGraph(pkg, warnings);
    const { apis, plans } = deriveTools(graph, flows(graph));
    const written = new Set(pkg.skills.flatMap((s) => s.apis.flatMap((a) => [a.name, a.pagePath ?? ''])).filter(Boolean));
    // Where a written skill covers a capability (same API, or the same page), the skill wins.
    const kept = apis.filter((a) => !written.has(a.name) && !(a.pagePath && written.has(a.pagePath)));
    const keptPlans = Object.fromEntries(Object.entries(plans).filter(([name]) => kept.some((a) => a.name === name)));
    derived = { ...emptySkill(pkg), apis: kept, plans: keptPlans, skillMd: generateSkillMd(pkg, graph, kept, keptPlans) };
    derived.description = derived.skillMd.match(/^description: (.*)$/m)?.[1] ?? derived.description;
  } catch (error) {
    warnings.push({ message: `analysis stopped early: ${error instanceof Error ? error.message : String(error)} (分析中断，结果不完整)` });
  }
  const actions = graph.pages.reduce((n, p) => n + p.actions.length, 0);
  const paymentPoints = graph.pages.reduce((n, p) => n + Object.values(p.handlers).filter((h) => h.effects.some((e) => e.kind === 'payment')).length, 0);
  const dataReads = graph.pages.reduce((n, p) => n + new Set([...p.loadEffects, ...Object.values(p.handlers).flatMap((h) => h.effects)].flatMap((e) => (e.kind === 'user-data' ? [e.via] : []))).size, 0);
  return { graph, derived, warnings, summary: { pages: graph.pages.length, actions, paymentPoints, dataReads, warnings: warnings.length } };
}

function emptySkill(pkg: MiniProgramPackage): DerivedSkill {
  return { name: 'auto', description: `${pkg.displayName}（自动模式）`, path: DERIVED_SKILL_PATH, skillMd: '', apis: [], plans: {} };
}
