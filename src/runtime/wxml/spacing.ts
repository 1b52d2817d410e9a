const NO_GAP_AFTER = '([（【《“‘¥￥$#@/+-~';
const NO_GAP_BEFORE = ')]）】》”’,，.。:：;；!！?？、%/~（【《';
const NO_GAP_AFTER_WIDE = '）】》';

/**
 * Whether two pieces of text from different elements read better with a space between them
 * (`拿铁` `¥22` → `拿铁 ¥22`), but not around brackets, currency signs or punctuation.
 */
export function needsGap(before: string, after: string): boolean {
  const last = before.at(-1) ?? ' ';
  const first = after[0] ?? ' ';
  if (/\s/.test(last) || /\s/.test(first)) return false;
  return !NO_GAP_AFTER.includes(last) && !NO_GAP_AFTER_WIDE.includes(last) && !NO_GAP_BEFORE.includes(first);
}
