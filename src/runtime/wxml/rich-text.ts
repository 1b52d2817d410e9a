import { Parser } from 'htmlparser2';
import { readOwn, toText } from './expression/safe-value.ts';
import type { RenderState } from './render-state.ts';
import type { UiKind, UiNode } from './types.ts';

const BLOCK = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'hr', 'br']);
const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'small', 'big', 'sub', 'sup', 'code', 'a', 'font', 'label', 'abbr', 'q', 'mark']);
const MAX_DEPTH = 24;

interface RichNode {
  name?: string;
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  children?: RichNode[];
}

/**
 * `<rich-text nodes>` (an HTML string or WeChat's node array) as neutral children: block tags
 * become views, inline tags texts, `img` images; anything else (script, iframe, style) is dropped.
 */
export function richTextChildren(state: RenderState, nodes: unknown): UiNode[] {
  const source = typeof nodes === 'string' ? parseHtml(nodes) : Array.isArray(nodes) ? (nodes as RichNode[]) : [];
  return convert(state, source, 0);
}

function convert(state: RenderState, nodes: RichNode[], depth: number): UiNode[] {
  const out: UiNode[] = [];
  if (depth > MAX_DEPTH) return out;
  for (const raw of nodes.slice(0, 2000)) {
    if (raw === null || typeof raw !== 'object') continue;
    if (readOwn(raw, 'type') === 'text') {
      const text = toText(readOwn(raw, 'text')).replace(/[ \t\n\r\f\v]+/g, ' ');
      const ui = text.trim() ? state.node('text', '#text') : undefined;
      if (ui) out.push(Object.assign(ui, { text }));
      continue;
    }
    const name = toText(readOwn(raw, 'name')).toLowerCase();
    const kind: UiKind | undefined = name === 'img' ? 'image' : BLOCK.has(name) ? 'view' : INLINE.has(name) ? 'text' : undefined;
    if (!kind) continue;
    const ui = state.node(kind, name);
    if (!ui) break;
    const attrs = readOwn(raw, 'attrs');
    const style = toText(readOwn(attrs, 'style')).trim();
    if (style) ui.style = style;
    ui.classes = toText(readOwn(attrs, 'class')).split(/\s+/).filter(Boolean);
    if (kind === 'image') {
      ui.attrs.src = toText(readOwn(attrs, 'src'));
      const alt = toText(readOwn(attrs, 'alt'));
      if (alt) ui.attrs.alt = alt;
    }
    const children = readOwn(raw, 'children');
    if (Array.isArray(children)) ui.children = convert(state, children as RichNode[], depth + 1);
    out.push(ui);
  }
  return out;
}

function parseHtml(html: string): RichNode[] {
  const root: RichNode[] = [];
  const stack: RichNode[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const node: RichNode = { name, attrs: { ...attrs }, children: [] };
        (stack.at(-1)?.children ?? root).push(node);
        stack.push(node);
      },
      onclosetag() {
        stack.pop();
      },
      ontext(text) {
        (stack.at(-1)?.children ?? root).push({ type: 'text', text });
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, 200_000));
  parser.end();
  return root;
}
