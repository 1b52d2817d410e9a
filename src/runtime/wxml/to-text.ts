import { listActions } from './actions.ts';
import { renderLines, type TextLanguage } from './text-lines.ts';
import { hasCjk, wrapLine } from './text-width.ts';
import { nodeText } from './tree.ts';
import type { UiNode } from './types.ts';

/** How to draw for a terminal: width, marker language, numbered actions. */
export interface TextOptions {
  /** Columns to fit (default 80; CJK characters count two). */
  width?: number;
  /** Marker words: `[按钮 …]` or `[button …]`; by default Chinese when the page has Chinese text. */
  lang?: TextLanguage;
  /** Number the actions (`[#1 按钮 确认]`) in the order `listActions` gives, so a terminal user can pick one. */
  numbered?: boolean;
}

/** The neutral tree for a terminal: text lines, controls as bracketed markers, one list item per line. */
export function toText(nodes: UiNode[], options: TextOptions = {}): string {
  const width = Math.max(20, options.width ?? 80);
  const lang = options.lang ?? (nodes.some((node) => hasCjk(nodeText(node))) ? 'zh' : 'en');
  const numbers = options.numbered ? new Map(listActions(nodes).map((action, index) => [action.path, index + 1])) : undefined;
  const lines = renderLines(nodes, { mode: 'text', lang, width, ...(numbers ? { numbers } : {}) });
  return lines.flatMap((line) => wrapLine(line, width)).join('\n');
}
