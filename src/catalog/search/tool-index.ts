import { AgentOsError } from '../../core/index.ts';
import { PostingList } from './posting-list.ts';
import { rankDocuments } from './rank-documents.ts';
import { tokenize } from './tokenize.ts';

/** The searchable text of one tool (a skill API or a derived tool). */
export interface ToolFields {
  name: string;
  description: string;
  /** Parameter names and descriptions, enum glosses included. */
  params: string;
  skillMd?: string;
  extra?: string;
  /** What the API's results name (from its contract run): titles, English names, aliases. */
  data?: string;
}

export interface ToolDocument {
  id: string;
  fields: ToolFields;
}

export interface SearchOptions {
  limit?: number;
  /** Keeps only the tools it returns true for (e.g. the ones live for this user). */
  filter?: (id: string) => boolean;
  /** Whether what the results name counts (it says which mini-program, not which of its APIs); default true. */
  withData?: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  /** How many distinct terms of the query the tool's text holds, and how many the query has (known to the index). */
  matched: number;
  queryTerms: number;
}

const FIELDS = ['name', 'description', 'params', 'skillMd', 'extra', 'data'] as const;
/** Name and description say what a tool is for; SKILL.md is long and about everything. */
const FIELD_WEIGHTS = [3, 2, 1.2, 0.5, 1, 0.6] as const;
const K1 = 1.2;
/** A term in nearly every tool ranks nothing; skipping it saves scanning its postings. */
const MIN_IDF = 1e-3;
const TOKEN_CACHE_SIZE = 512;
const B = 0.75;
/** Function words that occur everywhere and rank nothing. */
const STOP_WORDS = new Set([
  '的', '了', '吗', '呢', '吧', '啊', '我', '你', '帮', '请', '帮我', '一下', '给我',
  'a', 'an', 'the', 'to', 'of', 'for', 'and', 'or', 'me', 'my', 'i', 'please', 'is', 'are', 'be', 'it',
]);

/**
 * BM25F over tools, in memory. Postings are precomputed per term and field, so a query scans
 * only the documents that share a term with it, never the whole catalog. Removal marks a
 * slot dead and compacts postings once a quarter of the slots are dead.
 */
export class ToolIndex {
  private readonly termIds = new Map<string, number>();
  /** postings[term * FIELDS.length + field] */
  private postings: (PostingList | undefined)[] = [];
  private documentFrequency = new Int32Array(1024);
  private slotIds: string[] = [];
  private slotTerms: Int32Array[] = [];
  private alive = new Uint8Array(1024);
  private fieldLengths = FIELDS.map(() => new Float32Array(1024));
  private readonly totalLengths = FIELDS.map(() => 0);
  private readonly slotOf = new Map<string, number>();
  /** Per field and slot: field weight ÷ BM25 length normalisation, rebuilt after changes. */
  private fieldFactors: Float32Array[] = [];
  private factorsStale = true;
  private readonly tokenCache = new Map<string, string[]>();
  private scores = new Float64Array(0);
  private termWeights = new Float64Array(0);
  private dead = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(id: string): boolean {
    return this.slotOf.has(id);
  }

  /** Adds a tool, replacing any earlier one with the same id. */
  add(doc: ToolDocument): void {
    validate(doc);
    this.remove(doc.id);
    const slot = this.slotIds.length;
    this.ensureSlotCapacity(slot + 1);
    const unique = new Set<number>();
    FIELDS.forEach((field, f) => {
      const counts = new Map<number, number>();
      let length = 0;
      for (const token of this.tokens(doc.fields[field] ?? '', f >= 3)) {
        if (STOP_WORDS.has(token)) continue;
        const term = this.termId(token);
        counts.set(term, (counts.get(term) ?? 0) + 1);
        length++;
      }
      for (const [term, count] of counts) {
        const key = term * FIELDS.length + f;
        (this.postings[key] ??= new PostingList()).push(slot, count);
        unique.add(term);
      }
      this.fieldLengths[f]![slot] = length;
      this.totalLengths[f]! += length;
    });
    for (const term of unique) this.documentFrequency[term]!++;
    this.slotIds.push(doc.id);
    this.slotTerms.push(Int32Array.from(unique).sort()); // sorted: `search` counts a hit's query terms by binary search
    this.alive[slot] = 1;
    this.slotOf.set(doc.id, slot);
    this.factorsStale = true;
  }

  /** Removes a tool; returns whether it was there. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    this.slotOf.delete(id);
    this.alive[slot] = 0;
    for (const term of this.slotTerms[slot]!) this.documentFrequency[term]!--;
    this.slotTerms[slot] = new Int32Array(0);
    FIELDS.forEach((_, f) => {
      this.totalLengths[f]! -= this.fieldLengths[f]![slot]!;
    });
    this.dead++;
    this.factorsStale = true;
    if (this.dead > 64 && this.dead * 4 > this.slotIds.length) this.compact();
    return true;
  }

  /** The best tools for a request, best first, scores comparable within one query only. */
  search(query: string, { limit = 8, filter, withData = true }: SearchOptions = {}): SearchHit[] {
    if (typeof query !== 'string' || !Number.isFinite(limit)) {
      throw new AgentOsError('BAD_REQUEST', '搜索需要文本和数字上限 / search needs a text query and a numeric limit', {
        where: 'ToolIndex.search', fix: 'pass the user’s request as a string and limit as a number / 以字符串传入请求、以数字传入 limit',
      });
    }
    const live = this.size;
    limit = Math.floor(limit);
    if (live === 0 || limit <= 0) return [];
    const terms = [...new Set(tokenize(query))]
      .filter((token) => !STOP_WORDS.has(token))
      .map((token) => this.termIds.get(token))
      .filter((term): term is number => term !== undefined && this.documentFrequency[term]! > 0);
    if (terms.length === 0) return [];
    if (this.factorsStale) this.computeFactors();
    if (this.scores.length < this.alive.length) {
      this.scores = new Float64Array(this.alive.length);
      this.termWeights = new Float64Array(this.alive.length);
    }
    const ranked = rankDocuments({
      terms: terms.map((term) => ({
        postings: FIELDS.map((field, f) => (withData || field !== 'data' ? this.postings[term * FIELDS.length + f] : undefined)),
        idf: Math.log(1 + (live - this.documentFrequency[term]! + 0.5) / (this.documentFrequency[term]! + 0.5)),
      })).filter((term) => term.idf >= MIN_IDF),
      factors: this.fieldFactors,
      alive: this.alive,
      scores: this.scores,
      weights: this.termWeights,
      limit,
      k1: K1,
      accept: filter ? (doc) => filter(this.slotIds[doc]!) : () => true,
    });
    return ranked.map(({ doc, score }) => {
      const own = this.slotTerms[doc]!;
      return { id: this.slotIds[doc]!, score, matched: terms.filter((t) => holds(own, t)).length, queryTerms: terms.length };
    });
  }

  private computeFactors(): void {
    const live = Math.max(this.size, 1);
    this.fieldFactors = FIELDS.map((_, f) => {
      const lengths = this.fieldLengths[f]!;
      // A field few tools have (the names their results list) is normalised among those that have it.
      const having = FIELDS[f] === 'data' ? this.slotIds.filter((_, slot) => this.alive[slot] && lengths[slot]! > 0).length : live;
      const average = Math.max(this.totalLengths[f]! / Math.max(having, 1), 1);
      const factors = new Float32Array(this.alive.length);
      for (let slot = 0; slot < this.slotIds.length; slot++) {
        factors[slot] = FIELD_WEIGHTS[f]! / (1 - B + (B * lengths[slot]!) / average);
      }
      return factors;
    });
    this.factorsStale = false;
  }

  /** Tokens of a field; long shared texts (one SKILL.md for all APIs of a skill) are cached. */
  private tokens(text: string, shared: boolean): string[] {
    if (!shared) return tokenize(text);
    let tokens = this.tokenCache.get(text);
    if (!tokens) {
      tokens = tokenize(text);
      if (this.tokenCache.size >= TOKEN_CACHE_SIZE) this.tokenCache.delete(this.tokenCache.keys().next().value!);
      this.tokenCache.set(text, tokens);
    }
    return tokens;
  }

  private termId(token: string): number {
    let id = this.termIds.get(token);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(token, id);
      if (id >= this.documentFrequency.length) {
        const grown = new Int32Array(this.documentFrequency.length * 2);
        grown.set(this.documentFrequency);
        this.documentFrequency = grown;
      }
    }
    return id;
  }

  private ensureSlotCapacity(slots: number): void {
    if (slots <= this.alive.length) return;
    const capacity = Math.max(slots, this.alive.length * 2);
    const alive = new Uint8Array(capacity);
    alive.set(this.alive);
    this.alive = alive;
    this.fieldLengths = this.fieldLengths.map((old) => {
      const grown = new Float32Array(capacity);
      grown.set(old);
      return grown;
    });
  }

  /** Renumbers live slots densely and drops dead postings. */
  private compact(): void {
    const renumber = new Int32Array(this.slotIds.length).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.slotIds.length; slot++) if (this.alive[slot] === 1) renumber[slot] = next++;
    for (const list of this.postings) {
      if (!list) continue;
      list.compact(this.alive);
      for (let i = 0; i < list.length; i++) list.docs[i] = renumber[list.docs[i]!]!;
    }
    const keep = (slot: number) => renumber[slot]! >= 0;
    const liveSlots = [...this.slotIds.keys()].filter(keep);
    this.slotIds = liveSlots.map((slot) => this.slotIds[slot]!);
    this.slotTerms = liveSlots.map((slot) => this.slotTerms[slot]!);
    this.fieldLengths = this.fieldLengths.map((old) => {
      const fresh = new Float32Array(this.alive.length);
      liveSlots.forEach((slot, i) => (fresh[i] = old[slot]!));
      return fresh;
    });
    this.alive.fill(0);
    this.alive.fill(1, 0, next);
    this.slotIds.forEach((id, slot) => this.slotOf.set(id, slot));
    this.dead = 0;
  }
}

/** Whether a sorted list of term ids holds `term` (a document's terms run to thousands: no set built per hit). */
function holds(sorted: Int32Array, term: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = sorted[middle]!;
    if (value === term) return true;
    if (value < term) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function validate(doc: ToolDocument): void {
  const where = `tool ${JSON.stringify(doc?.id ?? null)}`;
  if (!doc || typeof doc.id !== 'string' || doc.id === '') {
    throw new AgentOsError('BAD_REQUEST', '工具缺少 id / a tool to index has no id', {
      where: 'ToolIndex.add', fix: 'give every tool a non-empty string id / 为每个工具提供非空字符串 id',
    });
  }
  const fields = doc.fields as unknown as Partial<Record<string, unknown>> | undefined;
  for (const field of FIELDS) {
    const value = fields?.[field];
    const optional = field === 'skillMd' || field === 'extra' || field === 'data';
    if (typeof value === 'string' || (optional && value === undefined)) continue;
    throw new AgentOsError('BAD_REQUEST', `工具字段 ${field} 不是文本 / tool field "${field}" is not text`, {
      where: `${where}.fields.${field}`, fix: 'pass a string (empty if there is nothing) / 传入字符串（没有内容时传空串）',
    });
  }
}
