import type { ListFilter } from '../../analyzer/index.ts';
import type { PageState } from '../page/index.ts';
import type { UiNode } from '../wxml/index.ts';

/** Every node of a rendered page, depth first. */
export function nodesOf(tree: UiNode[]): UiNode[] {
  const out: UiNode[] = [];
  const visit = (nodes: UiNode[]): void => {
    for (const node of nodes) {
      out.push(node);
      visit(node.children);
    }
  };
  visit(tree);
  return out;
}

/** The nodes that call `handler` on `event`, in page order. */
export function handlerNodes(state: PageState, handler: string, event = 'tap'): UiNode[] {
  return nodesOf(state.tree).filter((n) => n.events[event] === handler);
}

/** The node of a list item that calls `handler` with `data-<datasetKey>` = value. */
export function itemNode(state: PageState, handler: string, datasetKey: string, value: unknown): UiNode | undefined {
  return handlerNodes(state, handler).find((n) => String(n.dataset[datasetKey]) === String(value));
}

/** A list of the page's data, its items as plain records. */
export function listItems(state: PageState, list: string): Record<string, unknown>[] {
  const value = state.data[list];
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)) : [];
}

/** What a list tool returns of an item: its plain fields, with `id` from the field the page passes when it is chosen. */
export function itemRecord(item: Record<string, unknown>, idField: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  if (idField && item[idField] !== undefined) out.id = String(item[idField]);
  return out;
}

function normal(text: string): string {
  return text.toLowerCase().replace(/[\s'’"“”·,，.。()（）-]+/g, '');
}

/** The item a name says: a name field equal to it, else one containing it, else one it contains. */
export function itemByName(items: Record<string, unknown>[], name: string): Record<string, unknown> | undefined {
  // "Terminal 3" where the page says "T3", "Line 10" for "L10": a numbered part is often shown by its initial
  const short = name.replace(NUMBERED_PART, '$1$2');
  return byName(items, name) ?? (short !== name ? byName(items, short) : undefined);
}

const NUMBERED_PART = /\b([A-Za-z])[a-z]+\s+(\d+)\b/g;

function byName(items: Record<string, unknown>[], name: string): Record<string, unknown> | undefined {
  const wanted = normal(name);
  if (!wanted) return undefined;
  const texts = (item: Record<string, unknown>) => Object.entries(item).filter(([, v]) => typeof v === 'string').map(([, v]) => normal(v as string)).filter((t) => t.length >= 2);
  return items.find((i) => texts(i).includes(wanted))
    ?? items.find((i) => texts(i).some((t) => t.includes(wanted)))
    ?? items.find((i) => texts(i).some((t) => wanted.includes(t) && t.length >= 2));
}

/** The chips of a filter row, by position (paths change as the page re-renders). */
export function filterChips(state: PageState, filter: ListFilter): UiNode[] {
  return handlerNodes(state, filter.handler).filter((n) => n.dataset[filter.datasetKey] !== undefined);
}

/** Lines of the page's text that were not there before: what the last action made the page say. */
export function newLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n').map((l) => l.trim()));
  return after.split('\n').map((l) => l.trim()).filter((l) => l && !old.has(l));
}

/** A node's text as a person reads it (no control markers). */
export function plainText(node: UiNode): string {
  return [node.text ?? '', ...node.children.map(plainText)].join(' ').replace(/\s+/g, ' ').trim();
}
