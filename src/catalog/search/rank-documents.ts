import type { PostingList } from './posting-list.ts';
import { TopK } from './top-k.ts';

/** One query term: its postings per field and its inverse document frequency. */
export interface QueryTerm {
  postings: readonly (PostingList | undefined)[];
  idf: number;
}

export interface RankInput {
  terms: QueryTerm[];
  /** Per field and document: field weight ÷ BM25 length normalisation. */
  factors: readonly Float32Array[];
  alive: Uint8Array;
  /** Scratch arrays as long as the slots, all zero before and after. */
  scores: Float64Array;
  weights: Float64Array;
  limit: number;
  k1: number;
  accept: (doc: number) => boolean;
}

/**
 * BM25F term-at-a-time with MaxScore pruning: rare terms are scored first; once the terms
 * left could not lift a new document above the current k-th best, common terms (订, book) only
 * update the candidates already found, looked up by binary search instead of scanned.
 * The ranking is exactly that of scoring every document.
 */
export function rankDocuments(input: RankInput): { doc: number; score: number }[] {
  const { factors, alive, scores, weights, limit, k1 } = input;
  const terms = [...input.terms].sort((a, b) => b.idf - a.idf);
  const rest = new Float64Array(terms.length + 1);
  for (let i = terms.length - 1; i >= 0; i--) rest[i] = rest[i + 1]! + terms[i]!.idf * (k1 + 1);
  const accepted = cachedFilter(input.accept);
  let candidates: number[] = [];
  let pruning = false;
  const touched: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    const { postings, idf } = terms[t]!;
    if (t > 0 && candidates.length >= limit) {
      const threshold = kthBest(candidates, scores, limit, accepted.test);
      if (rest[t]! < threshold) pruning = true;
      if (pruning) {
        candidates = candidates.filter((doc) => {
          if (scores[doc]! + rest[t]! >= threshold) return true;
          scores[doc] = 0;
          return false;
        });
      }
    }
    for (let f = 0; f < postings.length; f++) {
      const list = postings[f];
      if (!list) continue;
      const factor = factors[f]!;
      if (pruning && candidates.length * 20 < list.length) {
        for (const doc of candidates) {
          const at = find(list, doc);
          if (at < 0) continue;
          if (weights[doc] === 0) touched.push(doc);
          weights[doc]! += list.counts[at]! * factor[doc]!;
        }
        continue;
      }
      const { docs, counts, length } = list;
      for (let i = 0; i < length; i++) {
        const doc = docs[i]!;
        if (alive[doc] === 0 || (pruning && scores[doc] === 0)) continue;
        if (weights[doc] === 0) touched.push(doc);
        weights[doc]! += counts[i]! * factor[doc]!;
      }
    }
    for (const doc of touched) {
      const tf = weights[doc]!;
      weights[doc] = 0;
      if (scores[doc] === 0) candidates.push(doc);
      scores[doc]! += (idf * tf * (k1 + 1)) / (k1 + tf);
    }
    touched.length = 0;
  }
  const top = new TopK(limit);
  for (const doc of candidates) {
    const score = scores[doc]!;
    scores[doc] = 0;
    if (score >= top.threshold && accepted.test(doc)) top.offer(doc, score);
  }
  return top.sorted();
}

/** The score a document must reach to be among the best `limit` that pass the filter. */
function kthBest(candidates: number[], scores: Float64Array, limit: number, accept: (doc: number) => boolean): number {
  const top = new TopK(limit);
  for (const doc of candidates) {
    const score = scores[doc]!;
    if (score >= top.threshold && accept(doc)) top.offer(doc, score);
  }
  return top.threshold;
}

/** Index of `doc` in a posting list sorted by document, or -1. */
function find(list: PostingList, doc: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = list.docs[middle]!;
    if (value === doc) return middle;
    if (value < doc) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The caller's filter, asked at most once per document per query. */
function cachedFilter(accept: (doc: number) => boolean): { test: (doc: number) => boolean } {
  const known = new Map<number, boolean>();
  return {
    test: (doc) => {
      let verdict = known.get(doc);
      if (verdict === undefined) known.set(doc, (verdict = accept(doc)));
      return verdict;
    },
  };
}
