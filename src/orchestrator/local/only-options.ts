/** A clause that says options and nothing else but a joining word ("and an extra shot", 「加燕麦奶」): no item of its own, no count. */
export function onlyOptions(text: string, spans: readonly [number, number][]): boolean {
  if (!spans.length) return false;
  const rest = [...spans].sort((a, b) => b[0] - a[0]).reduce((t, [start, end]) => `${t.slice(0, start)} ${t.slice(end)}`, text);
  return /^[\s\p{P}]*(?:(?:and|with|plus|also|an?)\s+){0,2}(?:加|再加|要|带|换)?[\s\p{P}]*$/iu.test(rest);
}
