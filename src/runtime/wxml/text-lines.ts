import { needsGap } from './spacing.ts';
import { displayWidth } from './text-width.ts';
import { isOn, nodeText } from './tree.ts';
import type { UiNode } from './types.ts';

export type TextLanguage = 'zh' | 'en';

export interface LineOptions {
  /** `text` draws every control as a marker; `facts` keeps only what the page says. */
  mode: 'text' | 'facts';
  lang: TextLanguage;
  width: number;
  /** Action numbers by node path, shown in markers when given. */
  numbers?: Map<string, number>;
}

const WORDS = {
  zh: { button: '按钮', image: '图片', input: '输入框', select: '选择', slider: '滑块', on: '开', off: '关' },
  en: { button: 'button', image: 'image', input: 'input', select: 'select', slider: 'slider', on: 'on', off: 'off' },
};
const ICONS: Record<string, string> = { success: '✔', success_no_circle: '✓', info: 'ℹ', warn: '⚠', waiting: '…', cancel: '✕', download: '↓', search: '⌕', clear: '✕' };
const INLINE_KINDS = new Set(['text', 'label', 'button', 'image', 'input', 'textarea', 'switch', 'checkbox', 'radio', 'picker', 'slider', 'icon']);

class Lines {
  readonly lines: string[] = [];
  private current = '';
  private pendingGap = false;

  text(text: string): void {
    if (!text) return;
    if (this.pendingGap && this.current && needsGap(this.current, text)) this.current += ' ';
    this.pendingGap = false;
    this.current += text;
  }

  gap(): void {
    this.pendingGap = true;
  }

  piece(text: string): void {
    this.gap();
    this.text(text);
    this.gap();
  }

  /** A finished line of its own, kept as given. */
  line(text: string): void {
    this.flush();
    this.lines.push(text);
  }

  flush(): void {
    const line = this.current.replace(/ {2,}/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
    this.pendingGap = false;
  }
}

/**
 * The neutral tree as lines of text, before wrapping: blocks start lines, inline pieces join,
 * repeated sibling blocks (list items) each become one line when they fit the width.
 */
export function renderLines(nodes: UiNode[], options: LineOptions): string[] {
  const lines = new Lines();
  drawChildren(nodes, lines, options);
  lines.flush();
  return lines.lines;
}

function drawChildren(nodes: UiNode[], lines: Lines, options: LineOptions): void {
  const counts = new Map<string, number>();
  for (const node of nodes) if (isBlock(node)) counts.set(signature(node), (counts.get(signature(node)) ?? 0) + 1);
  for (const node of nodes) {
    if (isBlock(node) && (counts.get(signature(node)) ?? 0) >= 2) {
      const row = renderLines(node.children, options).join('  ');
      const prefix = numberPrefix(node, options);
      if (row && displayWidth(prefix + row) <= options.width) {
        lines.line(prefix + row);
        continue;
      }
    }
    draw(node, lines, options);
  }
}

function draw(node: UiNode, lines: Lines, options: LineOptions): void {
  if (node.tag === '#text') return lines.text(node.text ?? '');
  const words = WORDS[options.lang];
  const facts = options.mode === 'facts';
  const number = options.numbers?.get(node.path);
  const tagged = (word: string, label: string): string => `[${number === undefined ? '' : `#${number} `}${word}${label ? ` ${label}` : ''}]`;
  switch (node.kind) {
    case 'label':
      if (facts) return;
      lines.gap();
      drawChildren(node.children, lines, options);
      return lines.gap();
    case 'text':
      lines.gap();
      drawChildren(node.children, lines, options);
      return lines.gap();
    case 'button':
      if (facts) return;
      return node.attrs.size === 'mini' ? lines.piece(tagged(words.button, nodeText(node))) : alone(lines, tagged(words.button, nodeText(node)));
    case 'image':
      return facts ? undefined : lines.piece(tagged(words.image, typeof node.attrs.alt === 'string' ? node.attrs.alt : ''));
    case 'input':
    case 'textarea':
      return facts ? undefined : alone(lines, tagged(words.input, String(node.attrs.value || node.attrs.placeholder || node.attrs.name || '')));
    case 'switch':
      return facts ? undefined : lines.piece(tagged(isOn(node.attrs.checked) ? words.on : words.off, ''));
    case 'slider':
      return facts ? undefined : lines.piece(tagged(words.slider, String(node.attrs.value ?? 0)));
    case 'icon':
      return facts ? undefined : lines.piece(ICONS[String(node.attrs.type)] ?? '•');
    case 'picker': {
      if (facts) return;
      const current = nodeText(node) || node.options?.[Number(node.attrs.value ?? 0)] || '';
      return lines.piece(tagged(words.select, `${current} ▾`.trim()));
    }
    case 'checkbox':
    case 'radio': {
      if (facts) return;
      const on = isOn(node.attrs.checked);
      lines.piece(node.kind === 'checkbox' ? (on ? '[x]' : '[ ]') : on ? '(•)' : '( )');
      drawChildren(node.children, lines, options);
      return lines.gap();
    }
    case 'navigator':
      if (facts) return;
      lines.flush();
      lines.text(numberPrefix(node, options));
      drawChildren(node.children, lines, options);
      lines.text(' ›');
      return lines.flush();
    default:
      if (node.tag === 'br') return lines.flush();
      lines.flush();
      lines.text(numberPrefix(node, options));
      drawChildren(node.children, lines, options);
      return lines.flush();
  }
}

/** Block-level controls (a button, an input) take a line of their own, as WeChat lays them out. */
function alone(lines: Lines, text: string): void {
  lines.flush();
  lines.text(text);
  lines.flush();
}

function numberPrefix(node: UiNode, options: LineOptions): string {
  const number = options.numbers?.get(node.path);
  return number === undefined || options.mode === 'facts' ? '' : `[#${number}] `;
}

function isBlock(node: UiNode): boolean {
  return node.tag !== '#text' && !INLINE_KINDS.has(node.kind);
}

function signature(node: UiNode): string {
  return `${node.tag}|${node.classes[0] ?? ''}`;
}
