/**
 * A listed name said with one word misspelt ("Lantern Festval Nights" for Lantern Festival Nights, "the Ferry
 * Keepr"): where the words around it say the rest of a name of two words or more exactly, the
 * one word a letter away is that name's word. Only Latin names, only one word of a name, only a
 * word of four letters or more in the name: a slip of the keyboard, never a guess at another word.
 */
export function mendedNames(text: string, names: readonly string[]): string {
  if (!/[a-z]{3}/i.test(text)) return text;
  let out = text;
  for (const name of names) {
    const wanted = name.toLowerCase().match(/[a-z0-9']+/g) ?? [];
    if (wanted.length < 2 || /\p{Script=Han}/u.test(name)) continue;
    const words = [...out.matchAll(/[A-Za-z0-9']+/g)];
    for (let i = 0; i + wanted.length <= words.length; i++) {
      const window = words.slice(i, i + wanted.length);
      const off = window.map((w, j) => (w[0].toLowerCase() === wanted[j] ? 0 : oneApart(w[0].toLowerCase(), wanted[j]!) ? 1 : 2));
      if (off.some((o) => o === 2) || off.filter((o) => o === 1).length !== 1) continue;
      const j = off.indexOf(1);
      const word = window[j]!;
      if (wanted[j]!.length < 4) continue;
      // the name's own casing of the word, in place of the slip
      const mended = name.match(/[A-Za-z0-9']+/g)![j]!;
      out = `${out.slice(0, word.index)}${mended}${out.slice(word.index! + word[0].length)}`;
      break;
    }
  }
  return out;
}

/** Whether two words differ by one letter left out, added, changed, or two side by side swapped. */
function oneApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 3) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
