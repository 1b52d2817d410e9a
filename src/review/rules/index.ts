import type { LintRule } from '../lint-context.ts';
import type { RuleInfo } from '../types.ts';
import { contractRules, missingExample } from './contract.ts';
import { enumGlossRules } from './enum-gloss.ts';
import { factAction } from './fact-action.ts';
import { idSourceRules } from './id-source.ts';
import { imageRules } from './image-in-structured.ts';
import { loadRules } from './load.ts';
import { mcpJsonRules } from './mcp-json.ts';
import { packageRules } from './package.ts';
import { registrationRules } from './registration.ts';
import { renderRules } from './render.ts';
import { schemaRules } from './schemas.ts';
import { skillDeclarationRules } from './skill-declaration.ts';
import { skillMdNameRules } from './skill-md-names.ts';
import { skillMdRules } from './skill-md.ts';
import { skillMdTextRules } from './skill-md-text.ts';
import { tapOnlyRules } from './tap-only.ts';

/** The static rules, in the order lint runs them (hard limits first, then best practice). */
export const LINT_RULES: LintRule[] = [
  ...packageRules,
  ...skillDeclarationRules,
  ...skillMdRules,
  ...mcpJsonRules,
  ...schemaRules,
  ...tapOnlyRules,
  ...idSourceRules,
  ...enumGlossRules,
  ...skillMdTextRules,
  ...skillMdNameRules,
  ...imageRules,
  missingExample,
];

const info = ({ id, severity, title, stage, wechat }: RuleInfo): RuleInfo => ({ id, severity, title, stage, ...(wechat ? { wechat } : {}) });

/** Every rule a package can meet, from loading to the contract run: `{ id, severity, title, stage }`. */
export const RULES: readonly RuleInfo[] = [
  ...loadRules,
  ...LINT_RULES.map(info),
  ...registrationRules,
  ...contractRules.filter((rule) => rule.stage === 'contract').map(info),
  factAction,
  ...renderRules,
];
