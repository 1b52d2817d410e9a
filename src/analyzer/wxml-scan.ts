import { Parser } from 'htmlparser2';
import type { ActionNode, AnalyzerWarning, ListNode } from './types.ts';

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: (Element | string)[];
}

/** What a page's template offers, read without running it. */
export interface TemplateScan {
  actions: ActionNode[];
  lists: ListNode[];
  shows: string[];
  /** The page's own words (static text), as a person reads them. */
  texts: string[];
}

const EVENT = /^(?:bind|catch|mut-bind|capture-bind|capture-catch):?(tap|longpress|input|change|submit|confirm|blur|columnchange)$/;
const KIND: Record<string, ActionNode['event']> = { tap: 'tap', longpress: 'tap', input: 'input', confirm: 'input', blur: 'input', change: 'change', columnchange: 'change', submit: 'submit' };
/** Attributes that make an element a list item or a state shown only sometimes. */
const CONDITIONAL = ['wx:for', 'wx:if', 'wx:elif', 'wx:else'];
const MUSTACHE = /\{\{([\s\S]*?)\}\}/g;

/** Parses WXML leniently (unknown tags are just elements); a template that cannot be read gives an empty scan. */
export function scanTemplate(wxml: string, file: string, warnings: AnalyzerWarning[]): TemplateScan {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  try {
    const parser = new Parser({
      onopentag(name, attrs) {
        const element: Element = { tag: name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(element);
        stack.push(element);
      },
      ontext(text) {
        stack[stack.length - 1]!.children.push(text);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    }, { xmlMode: true, recognizeSelfClosing: true });
    parser.write(wxml);
    parser.end();
  } catch (error) {
    warnings.push({ file, message: `could not read the template: ${String(error)} (模板无法解析)` });
    return { actions: [], lists: [], shows: [], texts: [] };
  }
  const scan: TemplateScan = { actions: [], lists: [], shows: [], texts: [] };
  const texts = new Set<string>();
  const shows = new Set<string>();
  let order = 0;
  let heading = '';
  const visit = (element: Element, context: { list?: string; item: string; form?: string }): void => {
    const here = ++order;
    const actionsBefore = scan.actions.length;
    const listsBefore = scan.lists.length;
    let ctx = context;
    const forExpr = element.attrs['wx:for'];
    if (forExpr !== undefined) {
      const key = mustacheRoot(forExpr);
      const item = element.attrs['wx:for-item'] ?? 'item';
      if (key) {
        scan.lists.push({ key, order: here, label: heading, itemFields: itemFields(element, item) });
        ctx = { ...context, list: key, item };
      }
    }
    if (element.tag === 'form') ctx = { ...ctx, ...(handlerName(element.attrs.bindsubmit ?? element.attrs['bind:submit'] ?? element.attrs.catchsubmit) ? { form: handlerName(element.attrs.bindsubmit ?? element.attrs['bind:submit'] ?? element.attrs.catchsubmit) } : {}) };
    for (const value of Object.values(element.attrs)) for (const m of value.matchAll(MUSTACHE)) collectRoots(m[1] ?? '', shows);
    const action = actionOf(element, here, ctx, heading, file, warnings);
    if (action) scan.actions.push(...action);
    for (const childNode of element.children) {
      if (typeof childNode === 'string') {
        for (const m of childNode.matchAll(MUSTACHE)) collectRoots(m[1] ?? '', shows);
        const words = childNode.replace(MUSTACHE, ' ').replace(/\s+/g, ' ').trim();
        if (/[\p{L}]{2}/u.test(words) && words.length <= 80) texts.add(words);
        continue;
      }
      visit(childNode, ctx);
    }
    // A heading names what follows it; a block that held controls or lists is done with its own.
    // A line that shows data (「全程约 {{km}} 公里」) is a reading, and one shown only sometimes
    // (「没有可购买的车次」) a state: neither names what follows.
    const own = staticText(element);
    if (scan.actions.length > actionsBefore || scan.lists.length > listsBefore) heading = '';
    else if (own && own.length <= 40 && !hasEvents(element) && !CONDITIONAL.some((a) => element.attrs[a] !== undefined) && !rawText(element).dynamic) heading = own;
  };
  for (const childNode of root.children) if (typeof childNode !== 'string') visit(childNode, { item: 'item' });
  scan.shows = [...shows].filter((s) => s !== 'item' && s !== 'index');
  scan.texts = [...texts];
  return scan;
}

function actionOf(element: Element, order: number, ctx: { list?: string; item: string; form?: string }, heading: string, file: string, warnings: AnalyzerWarning[]): ActionNode[] | undefined {
  // Most elements offer nothing: say so before reading their dataset and text.
  const acts = element.tag === 'navigator' || element.tag === 'button' || element.attrs['model:value'] !== undefined || hasEvents(element);
  if (!acts) return undefined;
  const dataset: Record<string, string> = {};
  for (const [name, value] of Object.entries(element.attrs)) {
    if (!name.startsWith('data-')) continue;
    const key = name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const ref = itemReference(ctx.item).exec(value);
    dataset[key] = ref ? `item.${ref[1]}` : value.includes('{{') ? 'expr' : `static:${value}`;
  }
  const text = staticText(element);
  const field = fieldOf(element);
  const base = { order, tag: element.tag, dataset, ...(ctx.list ? { list: ctx.list } : {}), ...(ctx.form ? { form: ctx.form } : {}), ...(field ? { field } : {}) };
  const out: ActionNode[] = [];
  for (const [name, value] of Object.entries(element.attrs)) {
    const event = EVENT.exec(name)?.[1];
    if (!event) continue;
    const handler = handlerName(value);
    if (!handler) warnings.push({ file, message: `<${element.tag} ${name}="${value}">: the handler name is computed, so what it does is unknown (事件处理函数名是动态的)` });
    const label = (element.tag === 'input' || element.tag === 'textarea' || element.tag === 'picker' ? field?.placeholder ?? heading : text || heading).trim();
    out.push({ ...base, event: KIND[event] ?? 'tap', handler, label });
  }
  const model = element.attrs['model:value'];
  if (model && !out.some((a) => a.event === 'input')) out.push({ ...base, event: 'input', handler: undefined, label: field?.placeholder ?? heading, field: { ...field, bound: mustacheRoot(model) ?? '' } });
  if (element.tag === 'navigator' && element.attrs.url) out.push({ ...base, event: 'navigate', handler: undefined, label: text || heading, url: element.attrs.url });
  if (element.tag === 'button' && element.attrs['form-type'] === 'submit' && ctx.form && !out.some((a) => a.event === 'tap')) {
    out.push({ ...base, event: 'submit', handler: ctx.form, label: text || heading, submits: true });
  }
  return out.length ? out : undefined;
}

const itemReferences = new Map<string, RegExp>();

/** `{{item.id}}` for a list's item name: the field a dataset value takes from the item. */
function itemReference(item: string): RegExp {
  let re = itemReferences.get(item);
  if (!re) {
    re = new RegExp(`^\\{\\{\\s*${item.replace(/[$]/g, '\\$')}\\.([\\w$]+)\\s*\\}\\}$`);
    if (itemReferences.size < 64) itemReferences.set(item, re);
  }
  return re;
}

function fieldOf(element: Element): ActionNode['field'] | undefined {
  const { name, placeholder, value, type, mode } = element.attrs;
  if (!['input', 'textarea', 'picker', 'switch', 'slider', 'checkbox-group', 'radio-group', 'picker-view'].includes(element.tag)) return undefined;
  const bound = value ? mustacheRoot(value) : undefined;
  return { ...(name ? { name } : {}), ...(placeholder ? { placeholder: placeholder.replace(MUSTACHE, '').trim() } : {}), ...(bound ? { bound } : {}), ...(type ? { type } : {}), ...(mode ? { mode } : {}) };
}

function handlerName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^[A-Za-z_$][\w$]*$/.test(value.trim()) ? value.trim() : undefined;
}

/** The first name of a `{{…}}` expression: `{{restaurants}}` → restaurants, `{{ a.b }}` → a. */
function mustacheRoot(text: string): string | undefined {
  const inner = /\{\{\s*([A-Za-z_$][\w$]*)/.exec(text);
  return inner?.[1];
}

function collectRoots(expression: string, into: Set<string>): void {
  for (const m of expression.matchAll(/(?<![.\w$'"])([A-Za-z_$][\w$]*)/g)) {
    const name = m[1] ?? '';
    if (!/^(true|false|null|undefined|typeof|in|of)$/.test(name)) into.add(name);
  }
}

function itemFields(element: Element, item: string): string[] {
  const found = new Set<string>();
  const re = new RegExp(`\\b${item.replace(/[$]/g, '\\$')}\\.([\\w$]+)`, 'g');
  const visit = (node: Element | string): void => {
    const texts = typeof node === 'string' ? [node] : Object.values(node.attrs);
    for (const t of texts) for (const m of t.matchAll(re)) found.add(m[1] ?? '');
    if (typeof node !== 'string') node.children.forEach(visit);
  };
  visit(element);
  return [...found].filter(Boolean);
}

/** Each element's raw static text, and whether it shows data too, computed once (headings and labels ask for every element's). */
const rawTexts = new WeakMap<Element, { text: string; dynamic: boolean }>();

function rawText(element: Element): { text: string; dynamic: boolean } {
  let raw = rawTexts.get(element);
  if (!raw) {
    let dynamic = false;
    const text = element.children.map((node) => {
      if (typeof node !== 'string') {
        const inner = rawText(node);
        dynamic ||= inner.dynamic;
        return inner.text;
      }
      dynamic ||= node.includes('{{');
      return node.replace(MUSTACHE, ' ');
    }).join(' ');
    raw = { text, dynamic };
    rawTexts.set(element, raw);
  }
  return raw;
}

/** The element's text with `{{…}}` left out, spaces collapsed. */
function staticText(element: Element): string {
  return rawText(element).text.replace(/[¥￥:：·]+\s*(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
}

function hasEvents(element: Element): boolean {
  return Object.keys(element.attrs).some((name) => EVENT.test(name));
}
