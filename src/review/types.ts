import type { ApiExample, MiniProgramPackage, Problem, Severity } from '../package/index.ts';

/**
 * What review needs to know of an API result. Structurally a supertype of the runtime's
 * `ApiEnvelope`, declared here so review does not reach into the runtime part.
 */
export interface ApiEnvelope {
  isError: boolean;
  content: { type: string; text?: string }[];
  structuredContent?: Record<string, unknown>;
  _meta?: Record<string, unknown>;
}

/** The APIs a skill registered when its index.js ran (the runtime's `SkillInspection`). */
export interface SkillInspection {
  skill: string;
  registered: { name: string; isAsync: boolean }[];
  middlewareCount?: number;
  error?: string;
}

export type ExampleOutcome = { ok: true; envelope: ApiEnvelope } | { ok: false; error: string };

/**
 * What review borrows from the runtime: running a skill's index.js and calling one API.
 * `skill` is the skill's path as declared in app.json (`skills/order`); an inspection may
 * name its skill by path or by name.
 */
export interface ReviewDeps {
  inspectSkills(pkg: MiniProgramPackage): Promise<SkillInspection[]>;
  runExample(pkg: MiniProgramPackage, skill: string, api: string, example: ApiExample): Promise<ExampleOutcome>;
  /** Mounts a card with an API result as a chat shows it; throws what the card threw. */
  renderCard?(pkg: MiniProgramPackage, componentPath: string, result: ApiEnvelope): Promise<void>;
  /** Opens one page of app.json (no query) in a fresh page session. */
  openPage?(pkg: MiniProgramPackage, path: string): Promise<{ ok: true } | { ok: false; error: string }>;
}

/** One example call of the contract run. */
export interface ContractResult {
  skill: string;
  api: string;
  /** The example's name, or `example N` (1-based) when it has none. */
  example: string;
  pass: boolean;
  error?: string;
  /** What a successful result names (titles, English names, aliases): discovery routes on them. */
  names?: string[];
}

/** What a listing API named when called with no argument (the vocabulary run). */
export interface VocabularyResult {
  skill: string;
  api: string;
  names: string[];
}

export interface ReviewReport {
  problems: Problem[];
  contract: ContractResult[];
  /** Names the listing APIs gave, asked for everything: discovery routes on them with the contract's. */
  vocabulary?: VocabularyResult[];
  /** No error-severity problem and every contract example passed. */
  passed: boolean;
  /** What automatic mode derives from this version (tools, SKILL.md, the rules run over them), for the approver. */
  automatic?: unknown;
}

/** When a rule is checked: while loading, in the static lint, against the running skill, on contract results, or mounting cards and opening pages. */
export type RuleStage = 'load' | 'lint' | 'inspect' | 'contract' | 'render';

/** A review rule as documented (`agentos lint --json`, docs). */
export interface RuleInfo {
  id: string;
  severity: Severity;
  title: string;
  stage: RuleStage;
  /** The rule of WeChat's own validator (`mp-skills`, V001–V021) that checks the same thing, when there is one. */
  wechat?: string;
}
