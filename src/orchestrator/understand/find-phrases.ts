/**
 * Finding known phrases (enum glosses, entity names) in what the user said: Chinese by
 * substring, English case-insensitively on word boundaries (plural s allowed), and the
 * longest phrase first so 少冰 beats 冰 and 云溪北站 beats 云溪.
 */
export interface Phrase<K> {
  text: string;
  key: K;
  /** How much a hit on this phrase counts, 0..1 (a gloss 1, a derived variant less). */
  quality: number;
  /** Further condition on the hit, given the original text and the hit's span. */
  accept?: (text: string, start: number, end: number) => boolean;
}

export interface PhraseHit<K> {
  key: K;
  phrase: string;
  quality: number;
  span: [number, number];
}

const LATIN_WORD_CHAR = /[A-Za-z0-9]/;

/** What `fold` changes. */
const FOLDED = /[\uFF01-\uFF5E\u3000A-Z]|钟头/;

/**
 * Full-width letters, digits and spaces to ASCII, ASCII letters to lower case, and the everyday
 * 「钟头」 to the 「小时」 names are written in (「两个钟头」 of 「陪练（2小时）」), length kept.
 */
export function fold(text: string): string {
  if (!FOLDED.test(text)) return text; // most texts have nothing to fold: no copies made
  return text
    .replace(/钟头/g, '小时')
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[A-Z]/g, (ch) => ch.toLowerCase());
}

/** Every occurrence of every phrase, overlapping ones included. */
export function findAll<K>(text: string, phrases: readonly Phrase<K>[]): PhraseHit<K>[] {
  const haystack = fold(text);
  const hits: PhraseHit<K>[] = [];
  for (const phrase of phrases) {
    const needle = fold(phrase.text.trim());
    if (needle === '') continue;
    const latinStart = LATIN_WORD_CHAR.test(needle[0]!);
    const latinEnd = LATIN_WORD_CHAR.test(needle.at(-1)!);
    for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
      let end = from + needle.length;
      if (latinStart && LATIN_WORD_CHAR.test(haystack[from - 1] ?? '')) continue;
      if (latinEnd && LATIN_WORD_CHAR.test(haystack[end] ?? '')) {
        const plural = /^(?:s|es)(?![A-Za-z0-9])/.exec(haystack.slice(end));
        if (!plural || needle.length < 3 || /[0-9]/.test(needle.at(-1)!)) continue;
        end += plural[0].length;
      }
      if (phrase.accept && !phrase.accept(text, from, end)) continue;
      hits.push({ key: phrase.key, phrase: phrase.text, quality: phrase.quality, span: [from, end] });
    }
  }
  return hits;
}

/** Longest first (then best quality, then earliest), none overlapping, returned in text order. */
export function longestFirst<K>(hits: PhraseHit<K>[]): PhraseHit<K>[] {
  const ranked = [...hits].sort(
    (a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]) || b.quality - a.quality || a.span[0] - b.span[0],
  );
  const chosen: PhraseHit<K>[] = [];
  for (const hit of ranked) {
    if (chosen.every((other) => hit.span[1] <= other.span[0] || other.span[1] <= hit.span[0])) chosen.push(hit);
  }
  return chosen.sort((a, b) => a.span[0] - b.span[0]);
}
