import { applyHostAttribute, applyPlainAttribute, pickerOptions } from './attributes.ts';
import { renderComponent } from './components.ts';
import { isTruthy, readOwn, setOwn, toText } from './expression/safe-value.ts';
import { childScope, rootScope } from './expression/scope.ts';
import { unitOf } from './files.ts';
import { kindOf } from './kinds.ts';
import { MAX_DEPTH, MAX_LOOP, RenderState, type Frame } from './render-state.ts';
import { richTextChildren } from './rich-text.ts';
import { renderText } from './text.ts';
import type { RenderOptions, UiNode, WxmlElement, WxmlNode } from './types.ts';

/**
 * Renders parsed WXML with data into the neutral tree: directives applied (`wx:if`, `wx:for`,
 * `hidden`, templates, includes, components), every value evaluated by our own interpreter.
 * Never throws for bad templates or data; what rendered as nothing is told to `onProblem`.
 */
export function renderWxml(nodes: WxmlNode[], data: Record<string, unknown>, options: RenderOptions = {}): UiNode[] {
  const state = new RenderState(options);
  const frame: Frame = {
    scope: rootScope(data !== null && typeof data === 'object' ? data : {}),
    unit: unitOf(nodes, options.file ?? nodes[0]?.file),
    outerUnits: [],
    owner: undefined,
    components: options.components,
    slots: undefined,
    depth: 0,
    inText: false,
  };
  const out: UiNode[] = [];
  renderChildren(state, frame.unit.nodes, frame, out);
  if (state.stopped) out.push(textNode('… (内容过多，已截断 / truncated)'));
  assignPaths(out, '', state);
  return out;
}

/** Renders siblings, resolving `wx:if` / `wx:elif` / `wx:else` chains among them. */
export function renderChildren(state: RenderState, children: WxmlNode[], frame: Frame, out: UiNode[]): void {
  let chain: 'none' | 'open' | 'done' = 'none';
  for (const node of children) {
    if (!state.step(node)) return;
    if (node.type === 'text') {
      chain = 'none';
      const text = renderText(state, node, frame);
      if (!state.text(text.length, node)) return;
      const ui = /[^ \t\n\r\f\v]/.test(text) ? state.node('text', '#text') : undefined;
      if (ui) out.push(Object.assign(ui, { text }));
      continue;
    }
    const attrs = node.attrs;
    if ('wx:if' in attrs) {
      chain = renderElement(state, node, frame, out, 'wx:if') ? 'done' : 'open';
    } else if ('wx:elif' in attrs) {
      if (chain === 'open') chain = renderElement(state, node, frame, out, 'wx:elif') ? 'done' : 'open';
      else if (chain === 'none') state.report(`<${node.name} wx:elif> does not follow a wx:if (wx:elif 前面缺少 wx:if)`, node);
    } else if ('wx:else' in attrs) {
      if (chain === 'open') renderElement(state, node, frame, out, undefined);
      else if (chain === 'none') state.report(`<${node.name} wx:else> does not follow a wx:if (wx:else 前面缺少 wx:if)`, node);
      chain = 'none';
    } else {
      chain = 'none';
      renderElement(state, node, frame, out, undefined);
    }
  }
}

/** Applies `wx:for` (each item then tests `condition`), or the condition alone. True when anything rendered. */
function renderElement(state: RenderState, node: WxmlElement, frame: Frame, out: UiNode[], condition: string | undefined): boolean {
  const attrs = node.attrs;
  const list = attrs['wx:for'] ?? attrs['wx:for-items'];
  if (list === undefined) {
    if (condition !== undefined && !isTruthy(state.value(attrs[condition] ?? '', frame.scope, node))) return false;
    renderSingle(state, node, frame, out);
    return true;
  }
  const itemName = attrs['wx:for-item'] || 'item';
  const indexName = attrs['wx:for-index'] || 'index';
  let rendered = false;
  for (const [index, item] of iterate(state, state.value(list, frame.scope, node), node)) {
    if (!state.step(node)) break;
    const vars: Record<string, unknown> = {};
    setOwn(vars, indexName, index);
    setOwn(vars, itemName, item);
    const itemFrame: Frame = { ...frame, scope: childScope(frame.scope, vars) };
    if (condition !== undefined && !isTruthy(state.value(attrs[condition] ?? '', itemFrame.scope, node))) continue;
    renderSingle(state, node, itemFrame, out);
    rendered = true;
  }
  return rendered;
}

/** What `wx:for` walks: arrays, a number n (0…n-1), a string's characters, an object's own keys. */
function iterate(state: RenderState, value: unknown, node: WxmlElement): [number | string, unknown][] {
  let entries: [number | string, unknown][] = [];
  if (Array.isArray(value)) entries = value.slice(0, MAX_LOOP + 1).map((item, index) => [index, item]);
  else if (typeof value === 'number' && Number.isFinite(value)) {
    const count = Math.max(0, Math.min(Math.floor(value), MAX_LOOP + 1));
    entries = Array.from({ length: count }, (_, index) => [index, index]);
  } else if (typeof value === 'string') entries = Array.from(value).slice(0, MAX_LOOP + 1).map((item, index) => [index, item]);
  else if (value !== null && typeof value === 'object') entries = Object.keys(value).slice(0, MAX_LOOP + 1).map((key) => [key, readOwn(value, key)]);
  if (entries.length > MAX_LOOP) {
    state.report(`wx:for over more than ${MAX_LOOP} items; the rest is not shown (列表过长)`, node);
    entries.length = MAX_LOOP;
  }
  return entries;
}

function renderSingle(state: RenderState, node: WxmlElement, frame: Frame, out: UiNode[]): void {
  const attrs = node.attrs;
  if (attrs.hidden !== undefined && isTruthy(state.value(attrs.hidden, frame.scope, node))) return;
  switch (node.name) {
    case 'block':
      return renderChildren(state, node.children, frame, out);
    case 'template':
      if (attrs.is !== undefined) renderTemplate(state, node, frame, out);
      return;
    case 'import':
    case 'wxs':
      return;
    case 'include':
      return renderInclude(state, node, frame, out);
    case 'slot':
      return renderSlot(state, node, frame, out);
  }
  const component = frame.components && Object.hasOwn(frame.components, node.name) ? frame.components[node.name] : undefined;
  if (component) return renderComponent(state, node, component, frame, out);
  const ui = buildElement(state, node, frame);
  if (ui) out.push(ui);
}

function buildElement(state: RenderState, node: WxmlElement, frame: Frame): UiNode | undefined {
  const ui = state.node(kindOf(node.name), node.name);
  if (!ui) return undefined;
  let range: unknown;
  let richNodes: unknown;
  for (const [attribute, raw] of Object.entries(node.attrs)) {
    const value = state.value(raw, frame.scope, node);
    if (typeof value === 'string' && !state.text(value.length, node)) break;
    if (applyHostAttribute(ui, attribute, value)) continue;
    if (attribute === 'range' && Array.isArray(value)) range = value;
    else if (attribute === 'nodes' && ui.kind === 'rich-text') richNodes = value;
    else applyPlainAttribute(ui, attribute, value);
  }
  if (range !== undefined) {
    const options = pickerOptions(range, ui.attrs['range-key']);
    if (options) ui.options = options;
  }
  if (frame.owner && Object.keys(ui.events).length > 0) state.owners.set(ui, frame.owner);
  if (!state.enter(node)) return ui;
  if (ui.kind === 'rich-text') ui.children = richTextChildren(state, richNodes);
  else renderChildren(state, node.children, node.name === 'text' ? { ...frame, inText: true } : frame, ui.children);
  state.leave();
  return ui;
}

function renderTemplate(state: RenderState, node: WxmlElement, frame: Frame, out: UiNode[]): void {
  const name = toText(state.value(node.attrs.is ?? '', frame.scope, node)).trim();
  const found = name ? state.template(name, frame) : undefined;
  if (!found) {
    state.report(`<template is="${name}">: no template named "${name}" here or in an imported file (找不到模板)`, node, 'define it with <template name="…"> or <import> the file that does');
    return;
  }
  if (frame.depth >= MAX_DEPTH) {
    state.report(`templates nested deeper than ${MAX_DEPTH} levels at "${name}" (模板嵌套过深)`, node);
    return;
  }
  const data = node.attrs.data === undefined ? {} : state.value(node.attrs.data, frame.scope, node, true);
  const scope = rootScope(data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {});
  renderChildren(state, found.element.children, { ...frame, scope, unit: found.unit, outerUnits: [], depth: frame.depth + 1 }, out);
}

function renderInclude(state: RenderState, node: WxmlElement, frame: Frame, out: UiNode[]): void {
  const src = node.attrs.src ?? '';
  if (frame.depth >= MAX_DEPTH) {
    state.report(`includes nested deeper than ${MAX_DEPTH} levels at "${src}" (include 嵌套过深)`, node);
    return;
  }
  const unit = state.load(frame.unit, src, node);
  if (!unit) return;
  const body = unit.nodes.filter((child) => child.type === 'text' || (child.name !== 'template' && child.name !== 'wxs'));
  renderChildren(state, body, { ...frame, unit, outerUnits: [frame.unit, ...frame.outerUnits], depth: frame.depth + 1 }, out);
}

function renderSlot(state: RenderState, node: WxmlElement, frame: Frame, out: UiNode[]): void {
  if (!frame.slots) return;
  const name = toText(state.value(node.attrs.name ?? '', frame.scope, node));
  const content = frame.slots.groups.get(name);
  if (content) renderChildren(state, content, frame.slots.frame, out);
}

/** A text leaf of the neutral tree. */
export function textNode(text: string): UiNode {
  return { kind: 'text', tag: '#text', text, attrs: {}, classes: [], dataset: {}, events: {}, path: '', children: [] };
}

function assignPaths(nodes: UiNode[], prefix: string, state: RenderState): void {
  nodes.forEach((node, index) => {
    node.path = prefix ? `${prefix}.${index}` : String(index);
    const owner = state.owners.get(node);
    if (owner) node.owner = owner.path;
    assignPaths(node.children, node.path, state);
  });
}
