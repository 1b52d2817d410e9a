/** Case-folded, full-width folded to half-width, amounts written plainly: SCENARIOS.md's text matching. */
export function normaliseText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[¥￥]/g, '')
    .toLowerCase();
}

/** True when `needle` appears in `haystack`; `186.4` also matches `186.40`. */
export function containsText(haystack: string, needle: string): boolean {
  const h = normaliseText(haystack);
  const n = normaliseText(needle);
  if (h.includes(n)) return true;
  const amount = Number(n.replace(/,/g, ''));
  if (/^[\d,.]+$/.test(n) && Number.isFinite(amount)) {
    return [amount.toFixed(2), String(amount), amount.toLocaleString('en-US', { minimumFractionDigits: 2 })].some((form) => h.includes(form));
  }
  return false;
}
