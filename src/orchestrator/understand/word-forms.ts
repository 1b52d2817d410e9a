import { stem } from '../../catalog/search/index.ts';

/**
 * One form for the English words a person and a name may say differently: "clean", "cleaning"
 * and "cleaned" are one word, as are "reserve" / "reserving" and "shop" / "shopping". Only for
 * comparing two texts: both sides go through it, so a rough form is enough.
 */
export function wordForm(word: string): string {
  let w = stem(word.toLowerCase());
  if (!/^[a-z]+$/.test(w)) return w;
  const suffix = /(?:ing|ed)$/.exec(w);
  if (suffix && w.length >= 5 && w.length - suffix[0].length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix[0].length))) {
    w = w.slice(0, -suffix[0].length);
    if (/([b-df-hj-km-prtv-z])\1$/.test(w)) w = w.slice(0, -1); // shopping → shop, but not "fill"
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}
