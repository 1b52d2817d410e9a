import { isBinaryFile, locateJsonPath, makeProblem, positionOf, type MiniProgramPackage, type Problem, type SkillSource } from '../package/index.ts';
import type { RuleInfo } from './types.ts';

export interface Finding {
  message: string;
  fix: string;
  file?: string;
  field?: string;
  line?: number;
}

/** A rule checked by the static lint. */
export interface LintRule extends RuleInfo {
  check(ctx: LintContext): void;
}

/** One lint pass over a package: rules report findings here; lines are looked up only for findings. */
export class LintContext {
  readonly problems: Problem[] = [];

  constructor(readonly pkg: MiniProgramPackage) {}

  report(rule: RuleInfo, finding: Finding): void {
    let line = finding.line;
    if (line === undefined && finding.file?.endsWith('.json') && finding.field) {
      const text = this.text(finding.file);
      if (text !== undefined) line = locateJsonPath(text, finding.field);
    }
    this.problems.push(makeProblem({ rule: rule.id, severity: rule.severity, ...finding, line, ...(rule.wechat ? { wechat: rule.wechat } : {}) }));
  }

  /** A text file of the package; undefined when absent or binary. */
  text(path: string): string | undefined {
    const content: unknown = Object.hasOwn(this.pkg.files, path) ? this.pkg.files[path] : undefined;
    return typeof content !== 'string' || isBinaryFile(content) ? undefined : content;
  }

  has(path: string): boolean {
    return Object.hasOwn(this.pkg.files, path);
  }

  /** 1-based line of a character offset in a file. */
  lineAt(path: string, offset: number): number {
    return positionOf(this.text(path) ?? '', offset).line;
  }
}

export const mcpFile = (skill: SkillSource): string => `${skill.path}/mcp.json`;
export const skillMdFile = (skill: SkillSource): string => `${skill.path}/SKILL.md`;

/** Every API of the package, with its skill and its index in that skill's mcp.json. */
export function* allApis(pkg: MiniProgramPackage): Generator<{ skill: SkillSource; api: SkillSource['apis'][number]; index: number }> {
  for (const skill of pkg.skills) {
    for (const [index, api] of skill.apis.entries()) yield { skill, api, index };
  }
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
