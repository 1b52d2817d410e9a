import { child, children, functionOf, keyName, literalText, memberPath, walk, type Node } from './ast.ts';
import type { ModuleIndex } from './modules.ts';
import type { Effect, QueryValue } from './types.ts';
import { isNavigateApi, wxEffect } from './wx-effects.ts';

/** What one function body does: data keys it sets from the event, effects, methods of `this` it calls. */
export interface BodyScan {
  sets: { key: string; from: string }[];
  effects: Effect[];
  calls: string[];
  /** Page data keys `this.setData({...})` writes. */
  writes: string[];
  /** Navigations whose url is this function's parameter (a helper's `go(url)`), by parameter index. */
  urlParams: { index: number; api: string }[];
  /** Query keys read from the first parameter (`onLoad(query)`), and the data keys they set. */
  queryReads: string[];
  querySets: { query: string; key: string }[];
}

/** Names a file binds to helper modules: `order` → utils/order.js, `t` → [utils/i18n.js, 't']. */
export interface Bindings {
  modules: Map<string, string>;
  members: Map<string, { file: string; name: string }>;
  /** Functions declared at the top of this file. */
  locals: Map<string, Node>;
}

/**
 * Reads a function body: `setData`-like calls whose object literal takes values from the
 * event (`e.currentTarget.dataset.id`, `e.detail.value`), `wx.*` calls, helper calls
 * (followed through `modules`), `this.method()` calls, and navigations with their query.
 */
export function scanBody(fn: Node, bindings: Bindings, modules: ModuleIndex, file: string, depth = 0): BodyScan {
  const scan: BodyScan = { sets: [], effects: [], calls: [], writes: [], urlParams: [], queryReads: [], querySets: [] };
  const params = children(fn, 'params').map((p) => (p.type === 'Identifier' ? String(p.name) : p.type === 'AssignmentPattern' && child(p, 'left')?.type === 'Identifier' ? String(child(p, 'left')?.name) : ''));
  const eventName = params[0] ?? '';
  // Local names that stand for the event's parts or the page's data: `const { id } = e.currentTarget.dataset`, `const q = query || {}`.
  const aliases = new Map<string, string[]>();
  if (eventName) aliases.set(eventName, ['@arg0']);
  const resolve = (path: string[] | undefined): string[] | undefined => {
    if (!path?.length) return undefined;
    const head = aliases.get(path[0] ?? '');
    return head ? [...head, ...path.slice(1)] : path;
  };
  const origin = (node: Node | undefined): string | undefined => {
    if (!node) return undefined;
    if (node.type === 'LogicalExpression' || node.type === 'ConditionalExpression') return origin(child(node, 'left')) ?? origin(child(node, 'consequent')) ?? origin(child(node, 'right'));
    if (node.type === 'CallExpression') {
      // String(e.detail.value || '').trim(), Number(x)
      const callee = child(node, 'callee');
      const inner = callee?.type === 'MemberExpression' ? child(callee, 'object') : children(node, 'arguments')[0];
      return origin(inner);
    }
    const path = resolve(memberPath(node));
    if (!path) return undefined;
    const at = path.indexOf('dataset');
    if (path[0] === '@arg0' && at >= 0 && path[at + 1]) return `dataset:${path[at + 1]}`;
    if (path[0] === '@arg0' && path[1] === 'detail') return path[2] ? `detail:${path[2]}` : 'detail:value';
    if (path[0] === 'this' && path[1] === 'data' && path[2]) return `data:${path[2]}`;
    if (path[0] === '@data' && path[1]) return `data:${path[1]}`;
    return undefined;
  };
  walk(child(fn, 'body'), (node) => {
    if (node.type === 'VariableDeclarator') {
      const id = child(node, 'id');
      const init = child(node, 'init');
      const source = resolve(memberPath(init?.type === 'LogicalExpression' ? child(init, 'left') : init));
      if (id?.type === 'Identifier' && source) aliases.set(String(id.name), source);
      if (id?.type === 'ObjectPattern' && source) {
        for (const prop of children(id, 'properties')) {
          const name = keyName(prop);
          const value = child(prop, 'value');
          if (name && value?.type === 'Identifier') aliases.set(String(value.name), [...(source[0] === 'this' && source[1] === 'data' ? ['@data'] : source), name]);
        }
      }
    }
    if (node.type === 'MemberExpression') {
      const path = resolve(memberPath(node));
      if (path?.[0] === '@arg0' && path[1] && path.length === 2 && !['currentTarget', 'target', 'detail', 'type'].includes(path[1])) scan.queryReads.push(path[1]);
    }
    if (node.type === 'ObjectExpression') {
      for (const prop of children(node, 'properties')) {
        const key = keyName(prop);
        const value = child(prop, 'value') ?? (prop.type === 'ObjectProperty' ? undefined : undefined);
        const from = origin(value);
        if (!key || !from) continue;
        if (from.startsWith('dataset:') || from.startsWith('detail:')) scan.sets.push({ key, from });
        const queried = resolve(memberPath(value?.type === 'LogicalExpression' ? child(value, 'left') : value));
        if (queried?.[0] === '@arg0' && queried[1] && queried.length === 2) scan.querySets.push({ query: queried[1], key });
      }
    }
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return;
    const callee = memberPath(child(node, 'callee'));
    const args = children(node, 'arguments');
    if (!callee) return;
    if (callee[0] === 'wx' || (callee[0] === 'uni' && callee.length === 2)) {
      const api = callee[callee.length - 1] ?? '';
      if (isNavigateApi(api)) {
        const url = urlArgument(args[0], params);
        if (url?.param !== undefined) scan.urlParams.push({ index: url.param, api });
        scan.effects.push(navigation(api, url?.text, url?.parts ?? [], origin));
      } else {
        const effect = wxEffect(api);
        if (effect) scan.effects.push(effect);
      }
      return;
    }
    if (callee[0] === 'this' && callee.length === 2) {
      if (callee[1] === 'setData' && args[0]?.type === 'ObjectExpression') scan.writes.push(...children(args[0], 'properties').flatMap((p) => keyName(p) ?? []));
      scan.calls.push(callee[1] ?? '');
      return;
    }
    // A helper of the package: a local function, a module's member, or a destructured import.
    const target = callee.length === 1
      ? bindings.members.get(callee[0] ?? '') ?? (bindings.locals.has(callee[0] ?? '') ? { file, name: callee[0] ?? '' } : undefined)
      : callee.length === 2 && bindings.modules.has(callee[0] ?? '') ? { file: bindings.modules.get(callee[0] ?? '') ?? '', name: callee[1] ?? '' } : undefined;
    if (!target || depth > 6) return;
    const helper = modules.effectsOf(target.file, target.name, depth + 1);
    scan.effects.push(...helper.effects);
    for (const wrapped of helper.urlParams) {
      const url = urlArgument(args[wrapped.index], params);
      scan.effects.push(navigation(wrapped.api, url?.text, url?.parts ?? [], origin));
    }
  });
  return scan;
}

/** A navigation's url argument: `{ url: '…' }`, or a parameter of the function (a wrapper). */
function urlArgument(arg: Node | undefined, params: string[]): { text?: string; parts?: Node[]; param?: number } | undefined {
  if (!arg) return undefined;
  const value = arg.type === 'ObjectExpression' ? child(children(arg, 'properties').find((p) => keyName(p) === 'url'), 'value') : arg;
  const literal = literalText(value);
  if (literal) return { text: literal.text, parts: literal.parts };
  const index = value?.type === 'Identifier' ? params.indexOf(String(value.name)) : -1;
  return index >= 0 ? { param: index } : {};
}

function navigation(api: string, url: string | undefined, parts: Node[], origin: (node: Node | undefined) => string | undefined): Effect {
  if (api === 'navigateBack' || url === undefined) return { kind: 'navigate', api, target: undefined, query: [] };
  const [path = '', search = ''] = url.split('?');
  const query: QueryValue[] = [];
  for (const pair of search.split('&').filter(Boolean)) {
    const [key = '', value = ''] = pair.split('=');
    const placeholder = /^\u0000(\d+)\u0000$/.exec(value);
    const from = placeholder ? origin(parts[Number(placeholder[1])]) ?? 'opaque' : value.includes('\u0000') ? 'opaque' : `static:${value}`;
    if (key) query.push({ key, from });
  }
  return { kind: 'navigate', api, target: path.includes('\u0000') ? undefined : path, query };
}

/** The `Page({...})` / `Component({...})` object of a file, with its methods by name and its `data`. */
export function pageObject(program: Node): { methods: Map<string, Node>; data: Node | undefined; isComponent: boolean } | undefined {
  let found: { methods: Map<string, Node>; data: Node | undefined; isComponent: boolean } | undefined;
  walk(program, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = memberPath(child(node, 'callee'));
    const name = callee?.[callee.length - 1];
    if (name !== 'Page' && name !== 'Component' && name !== 'createPage' && name !== 'definePage') return;
    const arg = children(node, 'arguments')[0];
    if (arg?.type !== 'ObjectExpression') return;
    const methods = new Map<string, Node>();
    let data: Node | undefined;
    const take = (object: Node): void => {
      for (const prop of children(object, 'properties')) {
        const key = keyName(prop);
        if (!key) continue;
        const fn = functionOf(prop);
        if (fn) methods.set(key, fn);
        else if (key === 'data') data = child(prop, 'value');
        else if ((key === 'methods' || key === 'pageLifetimes' || key === 'lifetimes') && child(prop, 'value')?.type === 'ObjectExpression') take(child(prop, 'value')!);
      }
    };
    take(arg);
    found = { methods, data, isComponent: name === 'Component' };
    return 'stop';
  });
  return found;
}

/** Keys of a `data: {...}` literal whose starting value is not empty (`''`, `null`, `[]`, `0` count as empty). */
export function nonEmptyDefaults(data: Node | undefined): string[] {
  if (data?.type !== 'ObjectExpression') return [];
  return children(data, 'properties').flatMap((prop) => {
    const key = keyName(prop);
    const value = child(prop, 'value');
    if (!key || !value) return [];
    const empty = (value.type === 'StringLiteral' && value.value === '') || value.type === 'NullLiteral'
      || (value.type === 'ArrayExpression' && children(value, 'elements').length === 0) || (value.type === 'BooleanLiteral' && value.value === false)
      || (value.type === 'NumericLiteral' && value.value === 0);
    return empty ? [] : [key];
  });
}
