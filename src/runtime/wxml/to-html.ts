import { baseCss } from './base-css.ts';
import { isSafeImageUrl, sanitizeDeclarations } from './css.ts';
import { escapeHtml, htmlAttributes, shortHash } from './html.ts';
import { isOn } from './tree.ts';
import type { UiNode } from './types.ts';
import { scopeWxss } from './wxss.ts';

/** How to draw: with which WXSS, interactive or still, and how package images become URLs. */
export interface HtmlOptions {
  /** The page's (or component's) WXSS, applied inside the view only. */
  wxss?: string;
  /** Taps and inputs carry `data-agentos-path` / `data-agentos-event` (default true); false draws a still, disabled view. */
  interactive?: boolean;
  /** The container's scope class; by default derived from the WXSS. */
  scopeClass?: string;
  /** Maps an image `src` that is not a web URL (a package file) to one the browser may load. */
  imageUrl?: (src: string) => string | undefined;
}

type Attributes = Record<string, string | number | boolean | undefined>;

interface Context {
  interactive: boolean;
  imageUrl: HtmlOptions['imageUrl'];
  /** The name a checkbox or radio takes from its group. */
  groupName: string | undefined;
}

const RICH_BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer']);
const RICH_INLINE = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'small', 'sub', 'sup', 'code', 'mark', 'q', 'abbr']);
const ICONS: Record<string, string> = { success: '✔', success_no_circle: '✓', info: 'ℹ', warn: '⚠', waiting: '⏳', cancel: '✕', download: '↓', search: '⌕', clear: '✕' };
const OBJECT_FIT: Record<string, string> = { scaleToFill: 'fill', aspectFit: 'contain', aspectFill: 'cover', center: 'none' };

/**
 * Draws the neutral tree as safe HTML: every text and attribute escaped, no script, no
 * event handler attributes, images only from http(s)/data URLs, WXSS scoped to the container.
 * A browser page reads `data-agentos-path` / `data-agentos-event` to send taps and input back.
 */
export function toHtml(nodes: UiNode[], options: HtmlOptions = {}): string {
  const wxss = options.wxss ?? '';
  const scope = options.scopeClass && /^[A-Za-z][\w-]*$/.test(options.scopeClass) ? options.scopeClass : `agentos-wx-${shortHash(wxss)}`;
  const context: Context = { interactive: options.interactive ?? true, imageUrl: options.imageUrl, groupName: undefined };
  const style = `${baseCss(scope)}\n${wxss ? scopedWxss(wxss, scope) : ''}`;
  return `<div class="agentos-wx ${scope}"><style>${style}</style>${drawAll(nodes, context)}</div>`;
}

const wxssCache = new Map<string, string>();

// A card is drawn many times with the same WXSS: scope it once.
function scopedWxss(wxss: string, scope: string): string {
  const key = `${scope}\u0000${wxss}`;
  let css = wxssCache.get(key);
  if (css === undefined) {
    css = scopeWxss(wxss, scope);
    if (wxssCache.size >= 64) wxssCache.clear();
    wxssCache.set(key, css);
  }
  return css;
}

function drawAll(nodes: UiNode[], context: Context): string {
  let out = '';
  for (const node of nodes) out += draw(node, context);
  return out;
}

function draw(node: UiNode, context: Context): string {
  if (node.tag === '#text') return escapeHtml(node.text ?? '');
  const base = common(node);
  const children = (): string => drawAll(node.children, context);
  const action = (event: string): Attributes => (context.interactive ? agentosAttributes(node, event) : {});
  switch (node.kind) {
    case 'text':
      return element(RICH_INLINE.has(node.tag) ? node.tag : 'span', base, children());
    case 'image':
      return image(node, base, context);
    case 'button': {
      const formType = node.attrs['form-type'];
      const event = node.events.tap ? 'tap' : formType === 'submit' || formType === 'reset' ? formType : 'tap';
      const attributes = { type: 'button', ...base, 'data-wx-type': str(node.attrs.type), 'data-wx-size': str(node.attrs.size), disabled: !context.interactive || isOn(node.attrs.disabled), ...action(event) };
      return element('button', attributes, children());
    }
    case 'input':
      return `<input${htmlAttributes({ ...base, ...inputAttributes(node), disabled: !context.interactive || isOn(node.attrs.disabled), ...action(fieldEvent(node)) })}>`;
    case 'textarea':
      return element('textarea', { ...base, name: str(node.attrs.name), placeholder: str(node.attrs.placeholder), maxlength: num(node.attrs.maxlength), disabled: !context.interactive || isOn(node.attrs.disabled), ...action(fieldEvent(node)) }, escapeHtml(str(node.attrs.value) ?? ''));
    case 'form':
      return element('form', { method: 'dialog', ...base, ...(node.events.submit ? action('submit') : {}) }, children());
    case 'picker':
      return element('div', base, children() + pickerControl(node, context));
    case 'switch':
      return `<input${htmlAttributes({ type: 'checkbox', role: 'switch', ...base, name: str(node.attrs.name), checked: isOn(node.attrs.checked), disabled: !context.interactive || isOn(node.attrs.disabled), ...action('change') })}>`;
    case 'checkbox':
    case 'radio': {
      const box = htmlAttributes({ type: node.kind, name: context.groupName, value: str(node.attrs.value), checked: isOn(node.attrs.checked), disabled: !context.interactive || isOn(node.attrs.disabled), ...action('change') });
      return element('label', base, `<input${box}>${children()}`);
    }
    case 'label':
      return element('label', { ...base, 'data-wx-for': str(node.attrs.for) }, children());
    case 'navigator':
      return element('a', { ...base, role: 'link', tabindex: context.interactive ? 0 : undefined, 'data-agentos-url': context.interactive ? str(node.attrs.url) : undefined, ...action('navigate') }, children());
    case 'icon': {
      const size = num(node.attrs.size);
      const color = str(node.attrs.color);
      const style = sanitizeDeclarations(`${size ? `font-size:${size}px;` : ''}${color ? `color:${color};` : ''}${base.style ?? ''}`);
      return element('span', { ...base, style: style || undefined, 'aria-label': str(node.attrs.type) }, escapeHtml(ICONS[str(node.attrs.type) ?? ''] ?? '•'));
    }
    case 'slider':
      return `<input${htmlAttributes({ type: 'range', ...base, name: str(node.attrs.name), min: num(node.attrs.min) ?? 0, max: num(node.attrs.max) ?? 100, step: num(node.attrs.step) ?? 1, value: num(node.attrs.value) ?? 0, disabled: !context.interactive || isOn(node.attrs.disabled), ...action('change') })}>`;
    default: {
      const group = node.tag === 'checkbox-group' || node.tag === 'radio-group';
      const inner = group ? drawAll(node.children, { ...context, groupName: str(node.attrs.name) ?? `group-${node.path}` }) : children();
      const tag = node.tag === 'br' || node.tag === 'hr' ? node.tag : RICH_BLOCK.has(node.tag) ? node.tag : 'div';
      const tappable = node.events.tap || node.events.longpress;
      const attributes: Attributes = { ...base, ...(tappable && context.interactive ? { role: 'button', tabindex: 0, ...action('tap') } : {}), ...(group ? action('change') : {}) };
      return tag === 'br' || tag === 'hr' ? `<${tag}>` : element(tag, attributes, inner);
    }
  }
}

function common(node: UiNode): Attributes & { style?: string } {
  const classes = [`wx-${node.tag.replace(/[^a-z0-9-]/gi, '').toLowerCase() || 'node'}`, ...node.classes.filter((name) => /^[\p{L}\w-]+$/u.test(name))];
  const style = node.style ? sanitizeDeclarations(node.style) : '';
  return { class: classes.join(' '), style: style || undefined, 'data-wx-id': str(node.attrs.id) };
}

function agentosAttributes(node: UiNode, event: string): Attributes {
  const handler = node.events[event] ?? (event === 'tap' ? node.events.longpress : undefined);
  return { 'data-agentos-path': node.path, 'data-agentos-event': event, 'data-agentos-handler': handler, 'data-agentos-owner': node.owner };
}

function fieldEvent(node: UiNode): string {
  return ['input', 'confirm', 'blur', 'change'].find((event) => node.events[event]) ?? 'input';
}

function inputAttributes(node: UiNode): Attributes {
  const type = str(node.attrs.type) ?? 'text';
  const password = isOn(node.attrs.password) || type === 'safe-password';
  return {
    type: password ? 'password' : type === 'number' ? 'number' : 'text',
    inputmode: type === 'digit' ? 'decimal' : type === 'idcard' ? 'text' : undefined,
    name: str(node.attrs.name),
    value: str(node.attrs.value),
    placeholder: str(node.attrs.placeholder),
    maxlength: num(node.attrs.maxlength),
  };
}

function pickerControl(node: UiNode, context: Context): string {
  const mode = str(node.attrs.mode) ?? 'selector';
  const attributes: Attributes = { name: str(node.attrs.name), disabled: !context.interactive || isOn(node.attrs.disabled), ...(context.interactive ? agentosAttributes(node, 'change') : {}) };
  if (mode === 'date' || mode === 'time') return `<input${htmlAttributes({ type: mode, value: str(node.attrs.value), ...attributes })}>`;
  if (mode !== 'selector' || !node.options) return '';
  const selected = Number(node.attrs.value ?? 0);
  const options = node.options.map((label, index) => `<option${htmlAttributes({ value: index, selected: index === selected })}>${escapeHtml(label)}</option>`).join('');
  return element('select', attributes, options);
}

function image(node: UiNode, base: Attributes & { style?: string }, context: Context): string {
  const src = str(node.attrs.src) ?? '';
  const url = isSafeImageUrl(src) ? src : safeMapped(context.imageUrl?.(src));
  if (!url) return element('span', { ...base, class: `${base.class} wx-image-missing`, role: 'img', 'aria-label': '图片 image' }, '[图片]');
  const mode = str(node.attrs.mode) ?? 'scaleToFill';
  const fit = OBJECT_FIT[mode] ? `object-fit:${OBJECT_FIT[mode]}` : mode === 'widthFix' ? 'height:auto' : mode === 'heightFix' ? 'width:auto' : '';
  const style = [fit, base.style].filter(Boolean).join(';');
  return `<img${htmlAttributes({ ...base, style: style || undefined, src: url, alt: str(node.attrs.alt) ?? '', loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' })}>`;
}

function safeMapped(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return isSafeImageUrl(url) || /^\/(?!\/)[^\s"'<>]*$/.test(url) ? url : undefined;
}

function element(tag: string, attributes: Attributes, inner: string): string {
  return `<${tag}${htmlAttributes(attributes)}>${inner}</${tag}>`;
}

function str(value: string | number | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function num(value: string | number | boolean | undefined): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}
