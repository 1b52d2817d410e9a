import { toText } from './expression/safe-value.ts';
import { needsGap } from './spacing.ts';
import type { UiNode } from './types.ts';

/** Visits nodes depth-first in document order; return false from `visit` to skip a node's children. */
export function walkTree(nodes: UiNode[], visit: (node: UiNode, parent: UiNode | undefined) => boolean | void, parent?: UiNode): void {
  for (const node of nodes) {
    if (visit(node, parent) === false) continue;
    walkTree(node.children, visit, node);
  }
}

/** The node at a path such as `0.2.1`, as a tap names it. */
export function findNode(tree: UiNode[], path: string): UiNode | undefined {
  if (!/^\d+(\.\d+)*$/.test(path)) return undefined;
  let nodes = tree;
  let found: UiNode | undefined;
  for (const index of path.split('.')) {
    found = nodes[Number(index)];
    if (!found) return undefined;
    nodes = found.children;
  }
  return found;
}

/** The text a node shows, whitespace collapsed, pieces of different elements spaced: a button's label, a row's content. */
export function nodeText(node: UiNode): string {
  let out = '';
  const visit = (current: UiNode): void => {
    if (current.tag === '#text') {
      const text = current.text ?? '';
      out += out && text && needsGap(out, text) ? ` ${text}` : text;
    }
    for (const child of current.children) visit(child);
  };
  visit(node);
  return out.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

const CONTROL_KINDS = new Set(['input', 'textarea', 'switch', 'slider', 'picker']);

/**
 * The values a form would submit, as WeChat gives them in `e.detail.value`: inputs as text,
 * switches as booleans, a checkbox-group as the checked values, a radio-group as the checked
 * one, sliders and selector pickers as numbers. Give the form node to read only its fields.
 */
export function collectFormValues(tree: UiNode | UiNode[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const set = (name: string, value: unknown): void => {
    Object.defineProperty(values, name, { value, enumerable: true, writable: true, configurable: true });
  };
  walkTree(Array.isArray(tree) ? tree : [tree], (node) => {
    const name = typeof node.attrs.name === 'string' ? node.attrs.name : '';
    if (node.tag === 'checkbox-group' || node.tag === 'radio-group') {
      const chosen: string[] = [];
      walkTree(node.children, (child) => {
        if ((child.kind === 'checkbox' || child.kind === 'radio') && isOn(child.attrs.checked)) {
          chosen.push(toText(child.attrs.value));
        }
      });
      if (name) set(name, node.tag === 'radio-group' ? (chosen[0] ?? '') : chosen);
      return false;
    }
    if (!name || !CONTROL_KINDS.has(node.kind)) return true;
    set(name, controlValue(node));
    return false;
  });
  return values;
}

function controlValue(node: UiNode): unknown {
  const value = node.attrs.value;
  switch (node.kind) {
    case 'switch':
      return isOn(node.attrs.checked);
    case 'slider':
      return Number(value ?? node.attrs.min ?? 0) || 0;
    case 'picker': {
      const mode = node.attrs.mode ?? 'selector';
      if (mode === 'selector') return Number(value ?? 0) || 0;
      return toText(value);
    }
    default:
      return toText(value);
  }
}

/** A boolean attribute as WeChat reads it: absent, false, 0 and "" are off; anything else (even "false") is on. */
export function isOn(value: string | number | boolean | undefined): boolean {
  return value !== undefined && value !== false && value !== '' && value !== 0;
}
