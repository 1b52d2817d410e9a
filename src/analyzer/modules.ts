import { clampPath, type PackageFiles } from '../package/index.ts';
import { child, children, functionOf, keyName, memberPath, walk, parseJs, type Node } from './ast.ts';
import { scanBody, type Bindings } from './js-scan.ts';
import type { AnalyzerWarning, Effect } from './types.ts';
import { uniqueEffects } from './wx-effects.ts';

interface ParsedModule {
  program: Node | undefined;
  bindings: Bindings;
  /** Exported name → the function it is. */
  exports: Map<string, Node>;
  /** Whether assignments to `module.exports` were read yet (on first use: a page's own file is rarely required). */
  exportsRead: boolean;
}

/**
 * The package's own JS modules, parsed once each, so a handler's call into `utils/request.js`
 * or an `api.js` is followed: what the helper does (requests, payments, navigations whose url
 * it is given) counts as what the handler does.
 */
export class ModuleIndex {
  readonly #files: PackageFiles;
  readonly #parsed = new Map<string, ParsedModule>();
  readonly #effects = new Map<string, { effects: Effect[]; urlParams: { index: number; api: string }[] }>();
  readonly warnings: AnalyzerWarning[] = [];

  constructor(files: PackageFiles) {
    this.#files = files;
  }

  /** A file's program and the names it binds to helper modules. */
  module(file: string): ParsedModule {
    let parsed = this.#parsed.get(file);
    if (parsed) return parsed;
    parsed = { program: undefined, bindings: { modules: new Map(), members: new Map(), locals: new Map() }, exports: new Map(), exportsRead: false };
    this.#parsed.set(file, parsed);
    const source = this.#files[file];
    if (source === undefined) return parsed;
    const result = parseJs(source, file);
    if (!result.ok) {
      this.warnings.push({ file, message: `could not parse: ${result.error} (这个文件无法解析，跳过)` });
      return parsed;
    }
    if (result.errors.length) this.warnings.push({ file, message: `parsed with errors: ${result.errors[0]} (部分代码无法理解)` });
    parsed.program = result.program;
    this.#bind(file, result.program, parsed);
    return parsed;
  }

  /** What calling `name` of `file` does (memoised; a cycle reads as nothing more). */
  effectsOf(file: string, name: string, depth: number): { effects: Effect[]; urlParams: { index: number; api: string }[] } {
    const key = `${file}#${name}`;
    const known = this.#effects.get(key);
    if (known) return known;
    const empty = { effects: [], urlParams: [] };
    this.#effects.set(key, empty);
    const parsed = this.module(file);
    const fn = this.#exports(parsed).get(name) ?? parsed.bindings.locals.get(name);
    if (!fn) return empty;
    const scan = scanBody(fn, parsed.bindings, this, file, depth);
    const effects = [...scan.effects];
    for (const call of scan.calls) {
      const local = parsed.bindings.locals.get(call);
      if (local && depth < 8) effects.push(...this.effectsOf(file, call, depth + 1).effects);
    }
    const result = { effects: uniqueEffects(effects), urlParams: scan.urlParams };
    this.#effects.set(key, result);
    return result;
  }

  #bind(file: string, program: Node, parsed: ParsedModule): void {
    const { bindings, exports } = parsed;
    const requireOf = (node: Node | undefined): string | undefined => {
      if (node?.type !== 'CallExpression' || memberPath(child(node, 'callee'))?.join('.') !== 'require') return undefined;
      const arg = children(node, 'arguments')[0];
      return arg?.type === 'StringLiteral' ? this.#resolve(file, String(arg.value)) : undefined;
    };
    for (const statement of children(program, 'body')) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? child(statement, 'declaration') : statement;
      if (declaration?.type === 'FunctionDeclaration' && child(declaration, 'id')) {
        const name = String(child(declaration, 'id')?.name);
        bindings.locals.set(name, declaration);
        if (statement.type === 'ExportNamedDeclaration') exports.set(name, declaration);
      }
      if (statement.type === 'ImportDeclaration') {
        const target = this.#resolve(file, String(child(statement, 'source')?.value ?? ''));
        if (!target) continue;
        for (const spec of children(statement, 'specifiers')) {
          const local = String(child(spec, 'local')?.name ?? '');
          if (spec.type === 'ImportSpecifier') bindings.members.set(local, { file: target, name: String(child(spec, 'imported')?.name ?? child(spec, 'imported')?.value ?? local) });
          else bindings.modules.set(local, target);
        }
      }
      for (const declarator of declaration?.type === 'VariableDeclaration' ? children(declaration, 'declarations') : []) {
        const id = child(declarator, 'id');
        const init = child(declarator, 'init');
        // require(…), require(…).x, or a compiler's wrapper around it: __toESM(require(…))
        const required = requireOf(init) ?? requireOf(child(init, 'object')) ?? requireOf(children(init, 'arguments')[0]);
        if (id?.type === 'Identifier' && required) bindings.modules.set(String(id.name), required);
        else if (id?.type === 'ObjectPattern' && required) {
          for (const prop of children(id, 'properties')) {
            const name = keyName(prop);
            const value = child(prop, 'value');
            if (name && value?.type === 'Identifier') bindings.members.set(String(value.name), { file: required, name });
          }
        } else if (id?.type === 'Identifier' && functionOf(init)) {
          bindings.locals.set(String(id.name), functionOf(init)!);
          if (statement.type === 'ExportNamedDeclaration') exports.set(String(id.name), functionOf(init)!);
        }
      }
    }
  }

  /** What a module exports beyond its top-level `export`s: module.exports = { a, b: fn }, exports.a = fn, export default { … }. */
  #exports(parsed: ParsedModule): Map<string, Node> {
    const { program, bindings, exports } = parsed;
    if (!program || parsed.exportsRead) return exports;
    parsed.exportsRead = true;
    walk(program, (node) => {
      if (node.type === 'ExportDefaultDeclaration' && child(node, 'declaration')?.type === 'ObjectExpression') this.#exportObject(child(node, 'declaration')!, bindings, exports);
      if (node.type !== 'AssignmentExpression') return;
      const left = memberPath(child(node, 'left'))?.join('.');
      const right = child(node, 'right');
      if (left === 'module.exports' && right?.type === 'ObjectExpression') this.#exportObject(right, bindings, exports);
      const named = /^(?:module\.)?exports\.(\w+)$/.exec(left ?? '')?.[1];
      if (named && right) {
        const fn = functionOf(right) ?? (right.type === 'Identifier' ? bindings.locals.get(String(right.name)) : undefined);
        if (fn) exports.set(named, fn);
      }
    });
    return exports;
  }

  #exportObject(object: Node, bindings: Bindings, exports: Map<string, Node>): void {
    for (const prop of children(object, 'properties')) {
      const name = keyName(prop);
      const value = child(prop, 'value');
      const fn = functionOf(prop) ?? (value?.type === 'Identifier' ? bindings.locals.get(String(value.name)) : undefined);
      if (name && fn) exports.set(name, fn);
    }
  }

  /** Resolves a require like the sandbox: relative or root paths, with `.js`, `.ts` or `/index.js`. */
  #resolve(from: string, request: string): string | undefined {
    if (!request.startsWith('.') && !request.startsWith('/')) return undefined;
    const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
    const base = clampPath(folder, request);
    return [base, `${base}.js`, `${base}.ts`, `${base}/index.js`, `${base}/index.ts`].find((candidate) => Object.hasOwn(this.#files, candidate) && !candidate.endsWith('.json'));
  }
}
