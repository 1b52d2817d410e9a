import { scanOutsideQuotes } from './scan.ts';

/**
 * Making third-party WXSS and inline styles safe to put in a page: rpx become px (750rpx =
 * 375px), and anything that could load or run something (`url()` other than http(s)/data
 * images, `expression()`, `behavior`, `-moz-binding`, `@import`) is dropped, as is any `<`.
 */
export function rpxToPx(css: string): string {
  return css.replace(/(-?(?:\d+\.?\d*|\.\d+))rpx\b/g, (_, value: string) => `${round(Number(value) / 2)}px`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const FORBIDDEN_VALUE = /expression\s*\(|javascript:|vbscript:|behavior\s*:|-moz-binding|@import|[<>]|\\/i;
const PROPERTY = /^-{0,2}[a-zA-Z][a-zA-Z0-9-]*$/;

/** One declaration list (`color: red; width: 20rpx`) made safe; unsafe declarations are dropped. */
export function sanitizeDeclarations(css: string): string {
  const kept: string[] = [];
  for (const declaration of splitOutside(css, ';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim();
    const value = declaration.slice(colon + 1).trim();
    if (!PROPERTY.test(property) || !value || !safeValue(property, value)) continue;
    kept.push(`${property.toLowerCase()}:${rpxToPx(value)}`);
  }
  return kept.join(';');
}

function safeValue(property: string, value: string): boolean {
  // Icon fonts write `content: "\e600"`: the one place a backslash is ordinary.
  const checked = property.toLowerCase() === 'content' ? value.replace(/\\[0-9a-fA-F]{1,6}\s?/g, '') : value;
  if (FORBIDDEN_VALUE.test(checked)) return false;
  const urls = [...value.matchAll(/url\s*\(\s*(['"]?)(.*?)\1\s*\)/gi)];
  if (/url\s*\(/i.test(value) && urls.length === 0) return false;
  return urls.every(([, , url]) => isSafeImageUrl(url ?? ''));
}

/** Only web images may load: http(s) and inline data images. */
export function isSafeImageUrl(url: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) || /^data:image\/(png|jpe?g|gif|webp|svg\+xml|bmp);base64,[a-z0-9+/=]+$/i.test(url);
}

/** Splits on a separator outside strings and parentheses. */
export function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  scanOutsideQuotes(text, 0, (c, i) => {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  });
  parts.push(text.slice(start));
  return parts;
}
