import { textOf } from './text-input.ts';

/**
 * A correction inside a reply, after something was said: 「…哦不对，」「…算了，」「…不是不是，」,
 * ", actually", "- no wait,", "on second thought". What comes before it is taken back.
 */
const CORRECTION = /(?<=[，,。.…~～!！;；—-]\s*)(?:(?:哦|噢|啊|呃|嗯)?不对(?:不对)?|不是不是|(?:还是)?算了|等等|\b(?:actually|no wait|wait|on second thought|scratch that|i mean|make that)\b)[，,。.…!！\s]*/giu;

/** Words that say nothing by themselves after a correction (「…，算了吧」 declines; it changes nothing). */
const NOTHING_MORE = /^[\s,，。.!！…~～]*(?:吧|了|啦|呀|哦)?[\s,，。.!！…~～]*$/u;

/**
 * What a reply settles on where it changes its mind midway (「我跟孩子俩……哦不对，孩子他爸也去，那就三张」
 * → 「孩子他爸也去，那就三张」; "two - actually, make it three" → "make it three"): the words after the
 * last correction that says something. A reply without one, or whose correction ends it, is whole.
 */
export function settledReply(text: string): string {
  const raw = textOf(text).trim();
  let settled = raw;
  for (const m of raw.matchAll(CORRECTION)) {
    const after = raw.slice((m.index ?? 0) + m[0].length);
    if (!NOTHING_MORE.test(after)) settled = after.trim();
  }
  return settled;
}
