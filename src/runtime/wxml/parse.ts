import { Parser } from 'htmlparser2';
import type { Result } from '../../core/index.ts';
import { checkWxml } from './check.ts';
import { setOwn } from './expression/safe-value.ts';
import { hideMarkupInExpressions, restoreMarkup } from './source-guard.ts';
import type { WxmlElement, WxmlNode, WxmlProblem } from './types.ts';

/** Tags that never hold children: `<input>` and `<input/>` both parse, and `</input>` is optional. */
const MAX_NESTING = 256;
const VOID_TAGS = new Set(['input', 'image', 'icon', 'import', 'include', 'progress', 'cover-image', 'slot']);

/**
 * Parses WXML into a source tree with line numbers. Lenient where WeChat is (self-closing or
 * open void tags, `<` inside `{{ }}`), strict where WeChat's compiler is (unclosed or
 * mismatched tags, malformed expressions): those come back as a problem with file and line.
 */
export function parseWxml(source: string, file?: string): Result<WxmlNode[], WxmlProblem> {
  const builder = new TreeBuilder(source, file);
  const parser = new WxmlParser(builder, hideMarkupInExpressions(source));
  parser.end();
  if (builder.problem) return { ok: false, error: builder.problem };
  const problem = checkWxml(builder.root, file);
  return problem ? { ok: false, error: problem } : { ok: true, value: builder.root };
}

interface Open {
  element: WxmlElement;
}

class TreeBuilder {
  readonly root: WxmlNode[] = [];
  readonly stack: Open[] = [];
  problem: WxmlProblem | undefined;
  private readonly lineStarts: number[] = [0];
  private lastWasText = false;

  constructor(source: string, readonly file: string | undefined) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  lineAt(index: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  private container(): WxmlNode[] {
    return this.stack.at(-1)?.element.children ?? this.root;
  }

  open(name: string, raw: Record<string, string>, bare: Set<string>, index: number): void {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) setOwn(attrs, key, bare.has(key) ? '{{true}}' : restoreMarkup(value));
    const element: WxmlElement = { type: 'element', name, attrs, children: [], line: this.lineAt(index) };
    if (this.file !== undefined) element.file = this.file;
    this.container().push(element);
    this.lastWasText = false;
    if (!VOID_TAGS.has(name)) this.stack.push({ element });
    if (this.stack.length > MAX_NESTING) {
      this.fail(`<${name}> at line ${element.line} is nested deeper than ${MAX_NESTING} levels (嵌套过深)`, element.line, 'flatten the markup, or move repeated parts into a template or component');
    }
  }

  close(name: string): void {
    if (VOID_TAGS.has(name)) return;
    const top = this.stack.pop();
    this.lastWasText = false;
    if (top) this.trimWhitespace(top.element);
  }

  text(data: string, index: number): void {
    const container = this.container();
    const last = container.at(-1);
    const text = restoreMarkup(data);
    if (this.lastWasText && last?.type === 'text') {
      last.text += text;
      return;
    }
    const node: WxmlNode = { type: 'text', text, line: this.lineAt(index) };
    if (this.file !== undefined) node.file = this.file;
    container.push(node);
    this.lastWasText = true;
  }

  checkUnclosed(): void {
    const unclosed = this.stack.at(-1);
    if (!unclosed) return;
    const { name, line } = unclosed.element;
    this.fail(`<${name}> opened at line ${line} is never closed (标签未闭合)`, line, `add </${name}>, or write <${name} ... /> when it has no content`);
  }

  finish(): void {
    this.root.splice(0, this.root.length, ...this.root.filter((node) => !isBlank(node)));
    for (const node of this.root) decodeText(node);
  }

  fail(message: string, line: number, fix: string): void {
    this.problem ??= { message, file: this.file, line, fix };
  }

  private trimWhitespace(element: WxmlElement): void {
    if (element.name !== 'text') element.children = element.children.filter((node) => !isBlank(node));
  }
}

const isBlank = (node: WxmlNode): boolean => node.type === 'text' && node.text.trim() === '';

const ENTITIES: Record<string, string> = { nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003' };

function decodeText(node: WxmlNode): void {
  if (node.type === 'text') node.text = node.text.replace(/&(nbsp|ensp|emsp);/g, (_, name: string) => ENTITIES[name] ?? '');
  else for (const child of node.children) decodeText(child);
}

class WxmlParser extends Parser {
  private readonly builder: TreeBuilder;
  private readonly source: string;

  constructor(builder: TreeBuilder, source: string) {
    const bare = new Set<string>();
    const position = { parser: undefined as Parser | undefined };
    super(
      {
        onattribute: (name, _value, quote) => {
          if (quote === undefined) bare.add(name);
        },
        onopentag: (name, attribs) => {
          builder.open(name, attribs, bare, position.parser?.startIndex ?? 0);
          bare.clear();
        },
        onclosetag: (name) => builder.close(name),
        ontext: (data) => builder.text(data, position.parser?.startIndex ?? 0),
      },
      { xmlMode: true, decodeEntities: true },
    );
    position.parser = this;
    this.builder = builder;
    this.source = source;
    this.write(source);
  }

  protected override isVoidElement(name: string): boolean {
    return VOID_TAGS.has(name);
  }

  override onclosetag(start: number, endIndex: number): void {
    const name = this.source.slice(start, endIndex);
    if (!VOID_TAGS.has(name)) {
      const top = this.builder.stack.at(-1)?.element;
      const line = this.builder.lineAt(start);
      if (!top) {
        this.builder.fail(`</${name}> at line ${line} has no opening tag (多余的结束标签)`, line, `remove </${name}>, or add the <${name}> it closes`);
      } else if (top.name !== name) {
        const opened = this.builder.stack.some((open) => open.element.name === name);
        this.builder.fail(
          opened
            ? `<${top.name}> opened at line ${top.line} is not closed before </${name}> at line ${line} (标签未闭合)`
            : `</${name}> at line ${line} does not match <${top.name}> opened at line ${top.line} (结束标签不匹配)`,
          line,
          opened ? `add </${top.name}> before </${name}>` : `close <${top.name}> with </${top.name}>`,
        );
      }
    }
    super.onclosetag(start, endIndex);
  }

  override onend(): void {
    this.builder.checkUnclosed();
    super.onend();
  }

  override end(chunk?: string): void {
    super.end(chunk);
    this.builder.finish();
  }
}
