/**
 * Walks `text` from `from`, skipping what stands inside '…' or "…" (with backslash escapes),
 * and returns the first index where `visit` says stop, or -1. The one quote-aware scanner
 * behind mustache braces, WXSS blocks and CSS declaration lists.
 */
export function scanOutsideQuotes(text: string, from: number, visit: (c: string, i: number) => boolean | void): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (visit(c, i)) return i;
  }
  return -1;
}
