import type { Analysis } from '../analyzer/index.ts';
import type { MiniProgramPackage, Problem, SkillSource } from '../package/index.ts';
import { lintPackage } from '../review/index.ts';
import { analysisOf } from './analysis-cache.ts';

/** What automatic mode derives from a version, as its review shows it to the person who approves it. */
export interface AutomaticReview {
  summary: Analysis['summary'];
  tools: { name: string; description: string; inputSchema: unknown; annotations?: unknown }[];
  skillMd: string;
  warnings: Analysis['warnings'];
  /** The review rules run over the derived tools, as over a written skill. */
  problems: Problem[];
}

/** Rules about a skill's own files (index.js, registration): a derived skill has none, the operator runs it. */
const NOT_FOR_DERIVED = /^(skill\/(registration|entry|path|folder|declaration)|package\/|skill-md\/names-registered)/;

/** Analyses a package and runs the same static review rules over the tools it derives. */
export function automaticReview(pkg: MiniProgramPackage): AutomaticReview {
  const analysis = analysisOf(pkg);
  const { derived } = analysis;
  const skill: SkillSource = {
    name: derived.name, description: derived.description, path: derived.path, skillMd: derived.skillMd, frontMatter: {},
    apis: derived.apis, components: [], mcpJsonCompactBytes: JSON.stringify({ apis: derived.apis.map(({ outputSchema: _o, ...a }) => a) }).length, entry: '',
  };
  const problems = derived.apis.length ? lintPackage({ ...pkg, skills: [skill], app: { ...pkg.app, agent: { skills: [{ name: skill.name, description: skill.description, path: skill.path }] } } }) : [];
  return {
    summary: analysis.summary,
    tools: derived.apis.map((a) => ({ name: a.name, description: a.description, inputSchema: a.inputSchema, ...(a.annotations ? { annotations: a.annotations } : {}) })),
    skillMd: derived.skillMd,
    warnings: analysis.warnings,
    problems: problems.filter((p) => !NOT_FOR_DERIVED.test(p.rule) && (p.file === undefined || p.file.startsWith(derived.path))),
  };
}
