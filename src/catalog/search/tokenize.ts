/**
 * Search tokens for Chinese and English alike. Default tokenizers of search libraries find
 * nothing in Chinese, so words come from `Intl.Segmenter`; Chinese character bigrams are added
 * for recall because the segmenter splits the same phrase differently in different contexts
 * (「拿铁」 alone vs 「拿|铁」 in a sentence).
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** Word tokens (lowercased, punctuation dropped, English lightly stemmed) plus Han bigrams. */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string') return [];
  const normalized = splitIdentifiers(text.normalize('NFKC')).toLowerCase();
  const tokens: string[] = [];
  const twoCharWords = new Set<number>();
  for (const { segment, index, isWordLike } of segmenter.segment(normalized)) {
    if (!isWordLike) continue;
    if (HAN.test(segment)) {
      tokens.push(segment);
      if (segment.length === 2) twoCharWords.add(index);
    } else {
      const word = stem(segment);
      if (word) tokens.push(word);
    }
  }
  for (const run of normalized.matchAll(HAN_RUN)) {
    const text = run[0];
    for (let i = 0; i + 1 < text.length; i++) {
      if (!twoCharWords.has(run.index + i)) tokens.push(text.slice(i, i + 2));
    }
  }
  return tokens;
}

/** Plural `s` only: "lattes" → "latte", "tickets" → "ticket", "deliveries" → "delivery". */
export function stem(word: string): string {
  const w = word.replace(/['’]s$/, '');
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:xes|ches|shes|sses|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** `bookTrainTicket`, `book_train_ticket`, `wx.createOrder` → separate words, so API names match. */
function splitIdentifiers(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .replace(/_+/g, ' ')
    .replace(/(?<=[A-Za-z])\.(?=[A-Za-z])/g, ' ');
}
