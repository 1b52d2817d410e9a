import { compileMustache, evaluateCompiled } from './expression/mustache.ts';
import type { Scope } from './expression/scope.ts';
import { loadUnit, resolveWxmlPath, type FileUnit } from './files.ts';
import type { RenderOptions, UiKind, UiNode, WxmlComponent, WxmlElement, WxmlNode } from './types.ts';

export const MAX_DEPTH = 32;
export const MAX_LOOP = 10_000;
const MAX_NESTING = 512;
const DEFAULT_MAX_NODES = 20_000;
const MAX_REPORTS = 100;
/** Rendering steps one render may take (nodes visited, loop iterations, template and include expansions). */
export const MAX_WORK = 100_000;
/** Characters of text and attribute values one render may produce. */
export const MAX_TEXT = 2_000_000;

/** What slot content a component instance received, and the scope it renders in. */
export interface SlotFill {
  groups: Map<string, WxmlNode[]>;
  frame: Frame;
}

/** Where rendering is: the names in scope, the file (for templates and paths), the component instance. */
export interface Frame {
  scope: Scope;
  unit: FileUnit;
  /** Files whose templates stay visible (the includer's, inside an `<include>`). */
  outerUnits: FileUnit[];
  owner: UiNode | undefined;
  components: Record<string, WxmlComponent> | undefined;
  slots: SlotFill | undefined;
  depth: number;
  inText: boolean;
}

/** The state of one render: node budget, problems told so far, component owners, files read. */
export class RenderState {
  readonly owners = new Map<UiNode, UiNode>();
  stopped = false;
  private remaining: number;
  private work = MAX_WORK;
  private textLeft = MAX_TEXT;
  private nesting = 0;
  private readonly reported = new Set<string>();
  private readonly importsCache = new Map<FileUnit, FileUnit[]>();

  constructor(readonly options: RenderOptions) {
    this.remaining = options.maxNodes ?? DEFAULT_MAX_NODES;
  }

  /** A new neutral node, or undefined once the budget is spent (then a visible note ends the output). */
  node(kind: UiKind, tag: string): UiNode | undefined {
    if (this.stopped) return undefined;
    if (--this.remaining < 0) {
      this.stopped = true;
      this.report(`the page produced more than ${this.options.maxNodes ?? DEFAULT_MAX_NODES} nodes; the rest is cut (内容过多，已截断)`, undefined);
      return undefined;
    }
    return { kind, tag, attrs: {}, classes: [], dataset: {}, events: {}, path: '', children: [] };
  }

  /**
   * Counts one step of work (a node, a loop iteration, a template or include expansion): a
   * template that renders itself, an include of itself or loops that make no nodes still end.
   */
  step(at: WxmlNode | undefined): boolean {
    if (this.stopped) return false;
    if (--this.work < 0) return this.#giveUp(`the page took more than ${MAX_WORK} rendering steps (templates, includes, loop iterations); the rest is cut (渲染工作量过大，已截断)`, at);
    return true;
  }

  /** Counts characters of produced text and attribute values. */
  text(length: number, at: WxmlNode | undefined): boolean {
    if (this.stopped) return false;
    this.textLeft -= length;
    if (this.textLeft < 0) return this.#giveUp(`the page produced more than ${MAX_TEXT} characters of text; the rest is cut (文本过多，已截断)`, at);
    return true;
  }

  #giveUp(message: string, at: WxmlNode | undefined): false {
    this.stopped = true;
    this.report(message, at);
    return false;
  }

  /** Steps into an element's children; false (and told) past the nesting limit, so the stack never overflows. */
  enter(at: WxmlNode): boolean {
    if (this.nesting >= MAX_NESTING) {
      this.report(`elements nested deeper than ${MAX_NESTING} levels; the inner part is not shown (嵌套过深)`, at);
      return false;
    }
    this.nesting++;
    return true;
  }

  leave(): void {
    this.nesting--;
  }

  /** Evaluates an attribute or text value in a scope, reporting an expression that did not parse. */
  value(raw: string, scope: Scope, at: WxmlNode | undefined, objectBody = false): unknown {
    if (!raw.includes('{{')) return raw;
    const compiled = compileMustache(raw, objectBody);
    if (compiled.kind === 'invalid') this.report(`invalid expression "${raw.slice(0, 80)}": ${compiled.error.message} (表达式有误)`, at);
    return evaluateCompiled(compiled, scope);
  }

  report(message: string, at: WxmlNode | undefined, fix?: string): void {
    const onProblem = this.options.onProblem;
    const key = `${at?.file ?? ''}:${at?.line ?? 0}:${message}`;
    if (!onProblem || this.reported.has(key) || this.reported.size >= MAX_REPORTS) return;
    this.reported.add(key);
    onProblem({ message, file: at?.file ?? this.options.file, line: at?.line ?? 0, ...(fix ? { fix } : {}) });
  }

  /** Reads and parses another file of the package through `options.resolve`. */
  load(from: FileUnit, src: string, at: WxmlElement): FileUnit | undefined {
    const path = resolveWxmlPath(from.file, src);
    const source = path === undefined ? undefined : this.options.resolve?.(path);
    if (path === undefined || source === undefined) {
      this.report(`<${at.name} src="${src}">: file ${path ?? src} not found (找不到文件)`, at, 'check the path; it is relative to this file, or to the package root when it starts with /');
      return undefined;
    }
    const unit = loadUnit(path, source);
    if ('error' in unit) {
      this.report(`<${at.name} src="${src}">: ${path} line ${unit.line}: ${unit.error}`, at);
      return undefined;
    }
    return unit;
  }

  /** A template by name: the file's own first, then those its `<import>`s define (not transitively). */
  template(name: string, frame: Frame): { element: WxmlElement; unit: FileUnit } | undefined {
    for (const unit of [frame.unit, ...frame.outerUnits]) {
      const own = unit.templates.get(name);
      if (own) return { element: own, unit };
      for (const imported of this.imports(unit)) {
        const element = imported.templates.get(name);
        if (element) return { element, unit: imported };
      }
    }
    return undefined;
  }

  private imports(unit: FileUnit): FileUnit[] {
    let units = this.importsCache.get(unit);
    if (!units) {
      units = [];
      this.importsCache.set(unit, units);
      for (const { src, node } of unit.imports) {
        const loaded = this.load(unit, src, node);
        if (loaded) units.push(loaded);
      }
    }
    return units;
  }
}
