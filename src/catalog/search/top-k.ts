/**
 * The best `limit` documents by score without sorting every candidate: a min-heap of size
 * `limit`, so a query touching 50,000 documents costs O(n log limit).
 */
export class TopK {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly limit: number) {}

  /** The score a new candidate must beat to enter; -Infinity while there is room. */
  get threshold(): number {
    return this.docs.length < this.limit ? -Infinity : this.scores[0]!;
  }

  offer(doc: number, score: number): void {
    if (this.limit <= 0) return;
    if (this.docs.length < this.limit) {
      this.docs.push(doc);
      this.scores.push(score);
      this.siftUp(this.docs.length - 1);
    } else if (this.before(doc, score, this.docs[0]!, this.scores[0]!)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.siftDown(0);
    }
  }

  /** Best first; equal scores keep the order documents were added in. */
  sorted(): { doc: number; score: number }[] {
    return this.docs
      .map((doc, i) => ({ doc, score: this.scores[i]! }))
      .sort((a, b) => (this.before(a.doc, a.score, b.doc, b.score) ? -1 : 1));
  }

  /** Whether (docA, scoreA) ranks above (docB, scoreB). */
  private before(docA: number, scoreA: number, docB: number, scoreB: number): boolean {
    return scoreA > scoreB || (scoreA === scoreB && docA < docB);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(this.docs[parent]!, this.scores[parent]!, this.docs[i]!, this.scores[i]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const n = this.docs.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < n && this.before(this.docs[worst]!, this.scores[worst]!, this.docs[left]!, this.scores[left]!)) worst = left;
      if (right < n && this.before(this.docs[worst]!, this.scores[worst]!, this.docs[right]!, this.scores[right]!)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number): void {
    [this.docs[a], this.docs[b]] = [this.docs[b]!, this.docs[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
