import { isOn, nodeText } from './tree.ts';
import type { UiNode } from './types.ts';

/** Something a person (or the page operator) can still do on a rendered page. */
export interface UiAction {
  kind: 'tap' | 'submit' | 'navigate' | 'input' | 'select' | 'toggle';
  /** The node to act on. */
  path: string;
  /** The event the page receives: `tap`, `submit`, `input`, `change`, `navigate`. */
  event: string;
  label: string;
  /** The handler the event calls (in the page, or in the component at `owner`). */
  handler?: string;
  owner?: string;
  /** Form field name (a checkbox or radio takes its group's). */
  name?: string;
  placeholder?: string;
  value?: string | number | boolean;
  options?: string[];
  url?: string;
  /** For a submit button: the path of the form it submits. */
  form?: string;
  /** The page marks this choice as the current one (a class such as `on`, `active`, `selected`). */
  selected?: boolean;
}

interface Context {
  form: UiNode | undefined;
  group: UiNode | undefined;
  label: UiNode | undefined;
  siblings: UiNode[];
  index: number;
}

const MAX_LABEL = 40;
const SELECTED_CLASSES = new Set(['on', 'active', 'selected', 'checked', 'current', 'cur', 'is-active', 'is-selected']);

/** The actions left on a page, in document order; disabled controls are left out. */
export function listActions(tree: UiNode[]): UiAction[] {
  const actions: UiAction[] = [];
  const labels = new Map<string, UiNode>();
  const collectLabels = (nodes: UiNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'label' && typeof node.attrs.for === 'string') labels.set(node.attrs.for, node);
      collectLabels(node.children);
    }
  };
  collectLabels(tree);
  const visit = (nodes: UiNode[], context: Omit<Context, 'siblings' | 'index'>): void => {
    nodes.forEach((node, index) => {
      const here: Context = { ...context, siblings: nodes, index };
      const action = isOn(node.attrs.disabled) ? undefined : actionOf(node, here, labels);
      if (action) actions.push(action);
      visit(node.children, {
        form: node.kind === 'form' ? node : context.form,
        group: node.tag === 'checkbox-group' || node.tag === 'radio-group' ? node : context.group,
        label: node.kind === 'label' ? node : context.label,
      });
    });
  };
  visit(tree, { form: undefined, group: undefined, label: undefined });
  return actions;
}

function actionOf(node: UiNode, context: Context, labels: Map<string, UiNode>): UiAction | undefined {
  const base = { path: node.path, ...(node.owner ? { owner: node.owner } : {}), ...(node.classes.some((name) => SELECTED_CLASSES.has(name)) ? { selected: true } : {}) };
  const handler = (event: string, from: UiNode = node): { handler?: string } => (from.events[event] ? { handler: from.events[event] } : {});
  switch (node.kind) {
    case 'button': {
      const label = short(nodeText(node)) || String(node.attrs['open-type'] ?? 'button');
      const form = node.attrs['form-type'] === 'submit' ? context.form : undefined;
      if (form && !node.events.tap) return { kind: 'submit', event: 'submit', label, ...base, ...handler('submit', form), form: form.path };
      return { kind: 'tap', event: 'tap', label, ...base, ...handler('tap'), ...(form ? { form: form.path } : {}) };
    }
    case 'navigator':
      return { kind: 'navigate', event: 'navigate', label: short(nodeText(node)), ...base, ...(typeof node.attrs.url === 'string' ? { url: node.attrs.url } : {}) };
    case 'input':
    case 'textarea':
    case 'slider': {
      const event = ['input', 'confirm', 'blur', 'change'].find((name) => node.events[name]) ?? (node.kind === 'slider' ? 'change' : 'input');
      return { kind: 'input', event, label: fieldLabel(node, context, labels), ...base, ...handler(event), ...field(node) };
    }
    case 'picker':
      return { kind: 'select', event: 'change', label: fieldLabel(node, context, labels), ...base, ...handler('change'), ...field(node), ...(node.options ? { options: node.options } : {}) };
    case 'switch':
    case 'checkbox':
    case 'radio': {
      const group = node.kind === 'switch' ? undefined : context.group;
      const name = group ? group.attrs.name : node.attrs.name;
      return {
        kind: 'toggle', event: 'change', label: short(nodeText(node)) || fieldLabel(node, context, labels), ...base,
        ...handler('change', group ?? node), ...(typeof name === 'string' && name ? { name } : {}),
        value: node.kind === 'switch' ? isOn(node.attrs.checked) : String(node.attrs.value ?? ''),
      };
    }
    default:
      if (!node.events.tap && !node.events.longpress) return undefined;
      return { kind: 'tap', event: node.events.tap ? 'tap' : 'longpress', label: short(nodeText(node)) || imageLabel(node), ...base, handler: node.events.tap ?? node.events.longpress };
  }
}

function field(node: UiNode): Pick<UiAction, 'name' | 'placeholder' | 'value'> {
  const out: Pick<UiAction, 'name' | 'placeholder' | 'value'> = {};
  if (typeof node.attrs.name === 'string' && node.attrs.name) out.name = node.attrs.name;
  if (typeof node.attrs.placeholder === 'string' && node.attrs.placeholder) out.placeholder = node.attrs.placeholder;
  if (node.attrs.value !== undefined) out.value = node.attrs.value;
  return out;
}

/** A control's label: its `<label>`, a `<label for>` naming it, the text just before it, its placeholder or name. */
function fieldLabel(node: UiNode, context: Context, labels: Map<string, UiNode>): string {
  const byFor = typeof node.attrs.id === 'string' ? labels.get(node.attrs.id) : undefined;
  const label = context.label ?? byFor;
  if (label) {
    const text = short(nodeText(label));
    if (text) return text;
  }
  const next = context.siblings[context.index + 1];
  if ((node.kind === 'checkbox' || node.kind === 'radio') && next?.kind === 'text') {
    const text = short(nodeText(next));
    if (text) return text;
  }
  for (let i = context.index - 1; i >= 0 && i >= context.index - 2; i--) {
    const sibling = context.siblings[i] as UiNode;
    if ((sibling.kind !== 'text' && sibling.kind !== 'view' && sibling.kind !== 'label') || hasControl(sibling)) break;
    const text = short(nodeText(sibling));
    if (text) return text;
  }
  if (node.kind === 'picker') {
    const text = short(nodeText(node));
    if (text) return text;
  }
  return String(node.attrs.placeholder ?? node.attrs.name ?? node.kind);
}

const CONTROLS = new Set(['button', 'input', 'textarea', 'picker', 'switch', 'checkbox', 'radio', 'slider', 'navigator']);

function hasControl(node: UiNode): boolean {
  return CONTROLS.has(node.kind) || node.children.some(hasControl);
}

function imageLabel(node: UiNode): string {
  const image = node.kind === 'image' ? node : node.children.find((child) => child.kind === 'image');
  return image && typeof image.attrs.alt === 'string' ? image.attrs.alt : `(${node.tag})`;
}

function short(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}
