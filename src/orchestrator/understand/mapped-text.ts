/**
 * A rewritten copy of the user's text that remembers where each character came from, so
 * normalising (「十点一刻」 → 「十点15分」, full-width → ASCII) never loses the spans we report.
 */
export interface MappedText {
  text: string;
  /** origin[i] is the index in the original text of rewritten character i. */
  origin: number[];
}

export function mapped(text: string): MappedText {
  return { text, origin: Array.from({ length: text.length }, (_, i) => i) };
}

/** Replaces every match of `pattern` (global) and carries the origins along; `source` itself when nothing matches. */
export function rewrite(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): MappedText {
  let text = '';
  let origin: number[] | undefined;
  let last = 0;
  for (const match of source.text.matchAll(pattern)) {
    origin ??= [];
    const start = match.index;
    text += source.text.slice(last, start);
    origin.push(...source.origin.slice(last, start));
    const replacement = replace(match as RegExpExecArray);
    const width = match[0].length;
    // first character to first, last to last, so a span over the whole rewrite maps exactly
    for (let k = 0; k < replacement.length; k++) {
      const from = k === replacement.length - 1 ? width - 1 : Math.min(k, width - 1);
      origin.push(source.origin[start + from]!);
    }
    text += replacement;
    last = start + width;
  }
  if (!origin) return source; // most rewrites find nothing to rewrite: no copies made
  text += source.text.slice(last);
  origin.push(...source.origin.slice(last));
  return { text, origin };
}

/** The original span of the rewritten span [start, end). */
export function originalSpan(source: MappedText, start: number, end: number): [number, number] {
  const from = source.origin[start] ?? source.origin.at(-1) ?? 0;
  const to = end > start ? (source.origin[end - 1] ?? from) + 1 : from;
  return [from, Math.max(from, to)];
}
