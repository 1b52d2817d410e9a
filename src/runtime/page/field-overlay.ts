import { findNode, type UiNode } from '../wxml/index.ts';

type FieldValue = string | number | boolean;

interface Entry {
  kind: string;
  attribute: 'value' | 'checked';
  value: FieldValue;
  /** What the page rendered when the person changed the field. */
  base: FieldValue | undefined;
}

/**
 * What a person typed, picked or ticked, kept over the page's own rendering: a field not
 * bound to the page's data still shows (and submits) the person's value. When the page
 * renders something new for the field, the page wins.
 */
export class FieldOverlay {
  #page = -1;
  readonly #entries = new Map<string, Entry>();

  /** Forgets every field when another page instance is on top. */
  forPage(pageId: number): void {
    if (pageId === this.#page) return;
    this.#page = pageId;
    this.#entries.clear();
  }

  set(node: UiNode, attribute: Entry['attribute'], value: FieldValue): void {
    const previous = this.#entries.get(node.path);
    const base = previous && previous.attribute === attribute ? previous.base : node.attrs[attribute];
    this.#entries.set(node.path, { kind: node.kind, attribute, value, base });
    node.attrs[attribute] = value;
    this.#changed = true;
  }

  #cleared = false;
  #changed = false;

  /** True once after `set`: the rendered tree holds a value its text does not show yet. */
  takeChanged(): boolean {
    const changed = this.#changed;
    this.#changed = false;
    return changed;
  }

  /** Forgets the fields under a node (a form reset); the page must be rendered again. */
  clearUnder(path: string): void {
    for (const key of this.#entries.keys()) if (key === path || key.startsWith(`${path}.`)) this.#entries.delete(key);
    this.#cleared = true;
  }

  /** True once after `clearUnder`: the rendered tree still shows the forgotten values. */
  takeCleared(): boolean {
    const cleared = this.#cleared;
    this.#cleared = false;
    return cleared;
  }

  /** Puts the person's values on a freshly rendered tree. */
  apply(tree: UiNode[]): void {
    this.#changed = false;
    for (const [path, entry] of this.#entries) {
      const node = findNode(tree, path);
      if (!node || node.kind !== entry.kind || node.attrs[entry.attribute] !== entry.base) {
        this.#entries.delete(path);
        continue;
      }
      node.attrs[entry.attribute] = entry.value;
    }
  }
}
