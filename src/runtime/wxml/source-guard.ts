/**
 * WXML lets `{{ a < b }}` and `<wxs>` code hold a bare `<`, which an XML parser would read as
 * a tag. Before parsing, each such `<` becomes a private-use character (same length, so line
 * numbers hold); every string taken from the parser is restored.
 */
const HIDDEN_LT = '\ue000';

export function hideMarkupInExpressions(source: string): string {
  let out = '';
  let cursor = 0;
  for (;;) {
    const open = source.indexOf('{{', cursor);
    const wxs = source.indexOf('<wxs', cursor);
    if (wxs >= 0 && (open < 0 || wxs < open)) {
      const bodyStart = source.indexOf('>', wxs);
      const bodyEnd = bodyStart < 0 ? -1 : source.indexOf('</wxs>', bodyStart);
      if (bodyEnd < 0) break;
      out += source.slice(cursor, bodyStart + 1) + hide(source.slice(bodyStart + 1, bodyEnd));
      cursor = bodyEnd;
      continue;
    }
    if (open < 0) break;
    const close = source.indexOf('}}', open + 2);
    if (close < 0) break;
    const inner = source.indexOf('{{', open + 2);
    if (inner >= 0 && inner < close) {
      // The first `{{` is never closed: leave it as text rather than swallow the markup after it.
      out += source.slice(cursor, inner);
      cursor = inner;
      continue;
    }
    out += source.slice(cursor, open) + hide(source.slice(open, close));
    cursor = close;
  }
  return out + source.slice(cursor);
}

function hide(text: string): string {
  return text.replaceAll('<', HIDDEN_LT);
}

/** Undoes `hideMarkupInExpressions` in a string the parser gave back. */
export function restoreMarkup(text: string): string {
  return text.includes(HIDDEN_LT) ? text.replaceAll(HIDDEN_LT, '<') : text;
}
