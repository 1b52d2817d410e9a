/**
 * The documents one term occurs in, within one field, with how often. Typed arrays that grow
 * by doubling keep 100,000 tools' postings compact and fast to scan.
 */
export class PostingList {
  docs: Int32Array;
  counts: Uint16Array;
  length = 0;

  constructor(capacity = 4) {
    this.docs = new Int32Array(capacity);
    this.counts = new Uint16Array(capacity);
  }

  push(doc: number, count: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      this.docs = docs;
      const counts = new Uint16Array(this.length * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    this.docs[this.length] = doc;
    this.counts[this.length] = Math.min(count, 65_535);
    this.length++;
  }

  /** Drops the entries of documents no longer alive, keeping order. */
  compact(alive: Uint8Array): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const doc = this.docs[i]!;
      if (alive[doc] === 1) {
        this.docs[kept] = doc;
        this.counts[kept] = this.counts[i]!;
        kept++;
      }
    }
    this.length = kept;
  }
}
