/** Case-folded, full-width folded to half-width, amounts written plainly: SCENARIOS.md's text matching. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[¥￥]/g, '')
    .toLowerCase();
}

/** True when `needle` appears in `haystack`; `186.4` also matches `186.40`, and a number only where it stands on its own. */
export function containsText(haystack: string, needle: string): boolean {
  const h = normaliseText(haystack);
  const n = normaliseText(needle);
  const amount = Number(n.replace(/,/g, ''));
  if (/^[\d,.]+$/.test(n) && Number.isFinite(amount)) {
    // a number stands on its own: 「42」 is not the 42 inside an order ID (ord_mxbqi42y…) or inside 1420
    const forms = [n, amount.toFixed(2), String(amount), amount.toLocaleString('en-US', { minimumFractionDigits: 2 })];
    return forms.some((form) => new RegExp(`(?<![a-z0-9.])${form.replace(/[.,]/g, '\\$&')}(?![0-9]|\\.[0-9])`).test(h));
  }
  return h.includes(n);
}
