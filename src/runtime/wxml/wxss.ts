import { sanitizeDeclarations, splitOutside } from './css.ts';
import { scanOutsideQuotes } from './scan.ts';

const MAX_WXSS = 200_000;
const AT_RULES_KEPT = new Set(['media', 'supports']);

/**
 * A page's WXSS made to apply only inside the rendered view: every selector is put under
 * `.scope`, `page` becomes the container, type selectors (`view`, `button`) match the
 * `wx-<tag>` classes the drawer writes, `#id` matches `data-wx-id`; declarations are sanitised.
 */
export function scopeWxss(css: string, scope: string): string {
  const source = css.slice(0, MAX_WXSS).replace(/\/\*[\s\S]*?\*\//g, '');
  return scopeRules(source, scope, 0).replaceAll('<', '\\3c ');
}

function scopeRules(css: string, scope: string, depth: number): string {
  const out: string[] = [];
  let i = 0;
  while (i < css.length) {
    const open = indexOutside(css, '{', i);
    const semicolon = indexOutside(css, ';', i);
    if (semicolon >= 0 && (open < 0 || semicolon < open)) {
      i = semicolon + 1; // `@import …;`, `@charset …;` and stray declarations: dropped
      continue;
    }
    if (open < 0) break;
    const close = matchingBrace(css, open);
    const prelude = css.slice(i, open).trim();
    const body = css.slice(open + 1, close < 0 ? css.length : close);
    i = close < 0 ? css.length : close + 1;
    if (prelude.startsWith('@')) {
      const name = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase() ?? '';
      if (AT_RULES_KEPT.has(name) && depth < 4 && /^@[\w-]+[\w\s():,.%-]*$/.test(prelude)) {
        const inner = scopeRules(body, scope, depth + 1);
        if (inner) out.push(`${prelude}{${inner}}`);
      }
      continue;
    }
    const selectors = splitOutside(prelude, ',').map((selector) => scopeSelector(selector.trim(), scope)).filter((s): s is string => !!s);
    const declarations = body.includes('{') ? '' : sanitizeDeclarations(body);
    if (selectors.length > 0 && declarations) out.push(`${selectors.join(',')}{${declarations}}`);
  }
  return out.join('\n');
}

/** One selector under the scope; undefined when it holds anything a selector should not. */
export function scopeSelector(selector: string, scope: string): string | undefined {
  if (!selector || /[<{};@\\]/.test(selector)) return undefined;
  let out = '';
  let atCompoundStart = true;
  let leadingPage = false;
  let i = 0;
  while (i < selector.length) {
    const c = selector[i] as string;
    if (/[\s>+~]/.test(c)) {
      out += c;
      atCompoundStart = true;
      i++;
    } else if (c === '[' || c === '(') {
      const end = selector.indexOf(c === '[' ? ']' : ')', i);
      if (end < 0) return undefined;
      out += selector.slice(i, end + 1);
      i = end + 1;
      atCompoundStart = false;
    } else if (c === '#') {
      const name = /^#([\w-]+)/.exec(selector.slice(i))?.[1];
      if (!name) return undefined;
      out += `[data-wx-id="${name}"]`;
      i += name.length + 1;
      atCompoundStart = false;
    } else if (c === '.' || c === ':') {
      const token = /^(?:\.|::?)[\w-]+/.exec(selector.slice(i))?.[0];
      if (!token) return undefined;
      out += token;
      i += token.length;
      atCompoundStart = false;
    } else if (c === '*') {
      out += c;
      i++;
      atCompoundStart = false;
    } else if (/[A-Za-z]/.test(c) && atCompoundStart) {
      const name = (/^[A-Za-z][\w-]*/.exec(selector.slice(i)) as RegExpExecArray)[0];
      if (name === 'page' && out.trim() === '') {
        leadingPage = true;
        out = '';
      } else {
        out += `.wx-${name.toLowerCase()}`;
      }
      i += name.length;
      atCompoundStart = false;
    } else {
      return undefined;
    }
  }
  return leadingPage ? `.${scope}${out}` : `.${scope} ${out}`;
}

function indexOutside(text: string, char: string, from: number): number {
  return scanOutsideQuotes(text, from, (c) => c === char);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  return scanOutsideQuotes(text, open, (c) => (c === '{' ? (depth++, false) : c === '}' && --depth === 0));
}
