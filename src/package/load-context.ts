import { isBinaryFile } from './decode.ts';
import { locateJsonPath, parseJsonText } from './json-text.ts';
import { bilingual, makeProblem } from './problem.ts';
import type { PackageFiles, Problem } from './types.ts';

export interface ProblemAt {
  file?: string;
  field?: string;
  line?: number;
  column?: number;
}

/** The state of one load: the files and the problems found so far (loading never stops early). */
export class LoadContext {
  readonly problems: Problem[] = [];

  constructor(readonly files: PackageFiles) {}

  has(path: string): boolean {
    return Object.hasOwn(this.files, path);
  }

  /** A text file's content; undefined when absent or binary. */
  text(path: string): string | undefined {
    if (!this.has(path)) return undefined;
    const content: unknown = this.files[path];
    return typeof content !== 'string' || isBinaryFile(content) ? undefined : content;
  }

  /** An error. The line of `field` in a JSON `file` is found when no line is given. */
  error(rule: string, message: string, fix: string, at: ProblemAt = {}): void {
    let line = at.line;
    if (line === undefined && at.file?.endsWith('.json') && at.field) {
      const text = this.text(at.file);
      if (text !== undefined) line = locateJsonPath(text, at.field);
    }
    this.problems.push(makeProblem({ rule, severity: 'error', message, fix, ...at, line }));
  }

  /**
   * Parses a JSON file: `missing` when absent, `invalid` (already reported with line and
   * column) when it does not parse.
   */
  json(path: string): { state: 'missing' } | { state: 'invalid' } | { state: 'ok'; value: unknown } {
    const text = this.text(path);
    if (text === undefined) return { state: 'missing' };
    const parsed = parseJsonText(text);
    if (parsed.ok) return { state: 'ok', value: parsed.value };
    this.error(
      'package/json-syntax',
      bilingual(`JSON syntax error: ${parsed.message}.`, `JSON 语法错误（第 ${parsed.line} 行第 ${parsed.column} 列）。`),
      bilingual('correct the JSON at that line and column (double quotes, no trailing commas, no comments).', '请修正该位置的 JSON（使用双引号，不要尾随逗号和注释）。'),
      { file: path, line: parsed.line, column: parsed.column },
    );
    return { state: 'invalid' };
  }

  /** A JSON file that must be an object; reports a wrong top-level type under `rule`. */
  jsonObject(path: string, rule: string): Record<string, unknown> | 'missing' | 'invalid' {
    const parsed = this.json(path);
    if (parsed.state !== 'ok') return parsed.state;
    if (!isRecord(parsed.value)) {
      this.error(rule, bilingual(`${path} must hold a JSON object ({ … }).`, `${path} 顶层必须是 JSON 对象。`), bilingual('wrap the content in { }.', '请用 { } 包裹内容。'), { file: path });
      return 'invalid';
    }
    return parsed.value;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of several spellings of a field that is present (WeChat may rename fields). */
export function pick(record: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) if (record[name] !== undefined) return record[name];
  return undefined;
}
