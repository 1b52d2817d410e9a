import { AgentOsError, canonicalJson, log, sha256, type Clock } from '../core/index.ts';
import type { Sql, Store } from '../store/index.ts';
import { sqlParams } from './sql-params.ts';
import { retrying, transact } from './transact.ts';
import type { Bilingual } from './types.ts';

/** The key nodes the hub records; other parts may add their own kebab-case kinds. */
export type AuditKind =
  | 'confirmation-requested' | 'confirmation-granted' | 'confirmation-declined'
  | 'confirmation-expired' | 'confirmation-refused'
  | 'payment-captured' | 'payment-refused' | 'payment-refunded' | 'order-canceled'
  | 'consent-granted' | 'consent-refused' | 'consent-revoked'
  | 'review-decision'
  | (string & {});

export interface AuditEntryInput {
  kind: AuditKind;
  /** Who did it: `user:<id>`, `hub`, `operator:<name>`, `app:<appId>`, `reviewer:<name>`. */
  actor: string;
  userId?: string;
  sessionId?: string;
  appId?: string;
  data?: Record<string, unknown>;
}

/** A record; `seq`, `prevHash` and `hash` are set once it is sealed into the chain. */
export interface AuditRecord {
  id: number;
  seq?: number;
  at: Date;
  kind: string;
  actor: string;
  userId?: string;
  sessionId?: string;
  appId?: string;
  data: Record<string, unknown>;
  prevHash?: string;
  hash?: string;
}

/**
 * A point of the chain the operator keeps outside the store (`agentos audit head`): whoever can
 * write the database could rewrite the whole tail and recompute every hash, but not this.
 */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

export type AuditVerification =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; broken: { seq: number; reason: Bilingual } };

interface AuditRow {
  id: number; seq: number | null; at: Date; kind: string; actor: string; user_id: string | null;
  session_id: string | null; app_id: string | null; data: Record<string, unknown>; prev_hash: string | null; hash: string | null;
}

const GENESIS = '0'.repeat(64);
const PAGE = 1000;

/** The columns a record is written with, in the order `auditRecords` takes them. */
const RECORD_COLUMNS = 'at, kind, actor, user_id, session_id, app_id, data';

/**
 * CTEs (for a statement's WITH) that write the records `rows` yields — a query or VALUES of
 * `RECORD_COLUMNS`, in the order they are to be chained — and queue each for the seal: CTE `name`
 * returns what `returning` says of each.
 */
export function auditRecords(rows: string, { name = 'audit', returning = 'id' }: { name?: string; returning?: string } = {}): string {
  return `${name} AS (INSERT INTO audit_log (${RECORD_COLUMNS}) ${rows} RETURNING ${returning}),
    ${name}_queued AS (INSERT INTO audit_unsealed (id) SELECT id FROM ${name})`;
}

/**
 * The CTEs (`auditRecords`) of one record with its parameters bound through `p` (`sqlParams`),
 * so a caller can put it in a statement of its own: the record and the change commit together.
 */
export function auditInsert(entry: AuditEntryInput, at: Date, p: (value: unknown) => string, options: { name?: string; returning?: string } = {}): string {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(entry.kind) || !entry.actor) {
    throw new AgentOsError('BAD_REQUEST', `审计记录的 kind 或 actor 不合法 / invalid audit entry kind or actor: ${JSON.stringify(entry.kind)}`, {
      // Stryker disable next-line StringLiteral: the fix's wording (the refusal itself and where it points are asserted)
      where: 'audit.append', fix: 'use a kebab-case kind (payment-captured) and a non-empty actor',
    });
  }
  return auditRecords(`VALUES (${p(at.toISOString())}, ${p(entry.kind)}, ${p(entry.actor)}, ${
    p(entry.userId || null)}, ${p(entry.sessionId || null)}, ${p(entry.appId || null)}, ${p(JSON.stringify(entry.data ?? {}))})`, options);
}

/** A record with its link, if sealed: the link before it gives the previous hash (the genesis hash before the first). */
const SELECT_RECORD = `SELECT a.*, c.seq, c.hash, CASE WHEN c.seq = 1 THEN repeat('0', 64) ELSE p.hash END AS prev_hash
  FROM audit_log a LEFT JOIN audit_chain c ON c.id = a.id LEFT JOIN audit_chain p ON p.seq = c.seq - 1`;

/** hash = sha256(prev_hash + canonical JSON of the row's content): editing any row breaks every later link. */
export function auditHash(prevHash: string, row: Omit<AuditRecord, 'id' | 'prevHash' | 'hash'> & { seq: number }): string {
  return sha256(prevHash + canonicalJson({
    seq: row.seq, at: row.at.toISOString(), kind: row.kind, actor: row.actor,
    userId: row.userId ?? null, sessionId: row.sessionId ?? null, appId: row.appId ?? null, data: row.data,
  }));
}

/**
 * The append-only, hash-chained audit log. A record is written in the transaction of the change
 * it describes (both commit or neither), then sealed into the chain: one seal at a time holds the
 * chain-head row's lock, so the chain never forks however many hub processes append.
 */
export class AuditLog {
  readonly #store: Store;
  readonly #clock: Clock;
  #sealing: Promise<void> | undefined;
  // Stryker disable next-line BooleanLiteral: starting at true only adds one empty pass to the first seal
  #again = false;
  #timer: NodeJS.Timeout | undefined;

  constructor({ store, clock }: { store: Store; clock: Clock }) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Appends in a transaction of its own and returns the record sealed. */
  async append(entry: AuditEntryInput): Promise<AuditRecord> {
    const appended = await transact(this.#store, (tx) => this.appendIn(tx, entry));
    await this.seal();
    const [row] = await this.#store.query<AuditRow>(`${SELECT_RECORD} WHERE a.id = $1`, [appended.id]);
    return row ? toRecord(row) : appended;
  }

  /**
   * Appends inside the caller's transaction. After it commits, call `sealSoon()` (the trust and
   * pay services do); a record left unsealed by a crash is sealed by the next seal or `verify`.
   */
  async appendIn(tx: Sql, entry: AuditEntryInput): Promise<AuditRecord> {
    const { p, params } = sqlParams();
    const [row] = await tx.query<AuditRow>(`WITH ${auditInsert(entry, this.#clock.now(), p, { returning: '*' })} SELECT *, NULL AS seq, NULL AS prev_hash, NULL AS hash FROM audit`, params);
    return toRecord(row as AuditRow);
  }

  /** The clock the records are stamped with (for callers that build `auditInsert` themselves). */
  now(): Date {
    return this.#clock.now();
  }

  /** Seals every committed, unsealed record (coalescing concurrent calls into passes). */
  seal(): Promise<void> {
    if (this.#sealing) {
      this.#again = true;
      return this.#sealing;
    }
    this.#sealing = (async () => {
      try {
        do {
          this.#again = false;
          for (let sealed = SEAL_BATCH; sealed === SEAL_BATCH || sealed === RACED;) sealed = await retrying(() => sealPass(this.#store));
        } while (this.#again);
      } finally {
        this.#sealing = undefined;
      }
    })();
    return this.#sealing;
  }

  /**
   * Seals shortly, without waiting: what a service calls right after its transaction commits.
   * Records arriving within the delay are sealed together, one short transaction for many.
   */
  sealSoon(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // Stryker disable next-line ArrowFunction,ObjectLiteral,StringLiteral: a log line; nothing reads logs
      this.seal().catch((error: unknown) => log.warn({ error: String(error) }, 'audit seal deferred'));
    }, SEAL_DELAY_MS);
    this.#timer.unref();
  }

  /** Seals everything now and cancels a pending timer: call before closing the store. */
  async flush(): Promise<void> {
    // Stryker disable next-line ConditionalExpression: equivalent: clearTimeout(undefined) does nothing
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.seal();
  }

  /** Waits for `work` (a committed transaction that appended), then seals in the background. */
  async sealAfter<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.sealSoon();
    return result;
  }

  /** The sealed chain's head, to keep outside the store as an anchor for a later `verify`. */
  async head(): Promise<AuditAnchor> {
    await this.seal();
    const [head] = await this.#store.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id');
    // Stryker disable next-line OptionalChaining: the head row is created by the migration and can never be deleted
    return { seq: Number(head?.seq ?? 0), hash: head?.hash ?? GENESIS };
  }

  /**
   * Seals what is pending, then walks the whole chain; reports the first record that does not
   * check out. With `anchors` (heads exported earlier), a chain rewritten with recomputed hashes
   * is caught too: the record at each anchor's seq must still carry the anchor's hash.
   */
  async verify({ anchors = [] }: { anchors?: AuditAnchor[] } = {}): Promise<AuditVerification> {
    await this.seal();
    // an anchor at seq 0 or below matches no record and lies past no end: it is simply never met
    const anchored = new Map(anchors.map((a) => [a.seq, a.hash]));
    let prevHash = GENESIS;
    let expected = 1;
    for (;;) {
      const rows = await this.#store.query<AuditRow & { link_id: number }>(
        `SELECT a.*, c.seq, c.hash, NULL::text AS prev_hash, c.id AS link_id FROM audit_chain c LEFT JOIN audit_log a ON a.id = c.id
         WHERE c.seq >= $1 ORDER BY c.seq LIMIT $2`, [expected, PAGE]);
      for (const row of rows) {
        const seq = Number(row.seq);
        const broken = (zh: string, en: string): AuditVerification => ({ ok: false, count: expected - 1, broken: { seq, reason: { zh, en } } });
        if (seq !== expected) return broken(`缺少第 ${expected} 条记录`, `record ${expected} is missing`);
        // Stryker disable next-line StringLiteral: wording; the broken record's seq is asserted
        if (row.id === null) return broken(`第 ${seq} 条记录（id ${row.link_id}）不见了`, `record ${seq} (id ${row.link_id}) is missing from the log`);
        if (auditHash(prevHash, { ...toRecord(row), seq }) !== row.hash) return broken(`第 ${seq} 条的内容被改动过`, `record ${seq}: content was altered (hash mismatch)`);
        const anchor = anchored.get(seq);
        if (anchor !== undefined && anchor !== row.hash) {
          // Stryker disable next-line StringLiteral: wording; the broken record's seq is asserted
          return broken(`第 ${seq} 条与保存的锚点不符：链被重写过`, `record ${seq} does not match the saved anchor: the chain was rewritten`);
        }
        prevHash = row.hash as string;
        expected++;
      }
      if (rows.length < PAGE) break;
    }
    const [head] = await this.#store.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id');
    if (!head || Number(head.seq) !== expected - 1 || head.hash !== prevHash) {
      return { ok: false, count: expected - 1, broken: { seq: expected, reason: {
        // Stryker disable next-line StringLiteral: wording, and '?' only for a head row that cannot be missing
        zh: `链尾与链头不符：链头记录到第 ${head?.seq ?? '?'} 条，日志只到第 ${expected - 1} 条`,
        // Stryker disable next-line StringLiteral: idem
        en: `the chain's tail does not match its head: head at ${head?.seq ?? '?'}, log ends at ${expected - 1}`,
      } } };
    }
    // A record is in the chain or waiting in its queue (both change in one statement): anything else was cut out of it.
    const [outside] = await this.#store.query<{ n: number; first: number | null }>(
      `SELECT count(*)::int AS n, min(a.id) AS first FROM audit_log a
       WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.id = a.id) AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.id = a.id)`);
    if (outside && outside.n > 0) {
      return { ok: false, count: expected - 1, broken: { seq: expected, reason: {
        zh: `${outside.n} 条记录不在链中，也不在待封存队列中（第一条 id ${outside.first}）`,
        en: `${outside.n} records are neither in the chain nor waiting to be sealed (the first: id ${outside.first})`,
      } } };
    }
    const beyond = [...anchored.keys()].filter((seq) => seq >= expected).sort((a, b) => a - b)[0];
    if (beyond !== undefined) {
      return { ok: false, count: expected - 1, broken: { seq: beyond, reason:
        // Stryker disable next-line ObjectLiteral,StringLiteral,ArithmeticOperator: the reason's wording (its seq and count are asserted)
        { zh: `锚点在第 ${beyond} 条，日志只到第 ${expected - 1} 条：记录被删除`, en: `an anchor is at record ${beyond} but the log ends at ${expected - 1}: records were removed` } } };
    }
    return { ok: true, count: expected - 1, headHash: prevHash };
  }

  /** The latest records in chain order (oldest first), optionally of one session, user or mini-program. */
  async list({ sessionId, userId, appId, limit = 100 }: { sessionId?: string; userId?: string; appId?: string; limit?: number } = {}): Promise<AuditRecord[]> {
    await this.seal();
    const rows = await this.#store.query<AuditRow>(
      `SELECT * FROM (${SELECT_RECORD}
         WHERE ($1::text IS NULL OR a.session_id = $1) AND ($2::text IS NULL OR a.user_id = $2) AND ($3::text IS NULL OR a.app_id = $3)
         ORDER BY c.seq DESC NULLS FIRST, a.id DESC LIMIT $4) latest ORDER BY seq NULLS LAST, id`,
      [sessionId ?? null, userId ?? null, appId ?? null, Math.max(1, Math.min(limit, 10_000))]);
    return rows.map(toRecord);
  }
}

const SEAL_BATCH = 500;
const SEAL_DELAY_MS = 100;
/** What a pass returns when another process sealed first: its reading of the chain is stale, so it reads again. */
const RACED = -1;

/**
 * Chains the oldest unsealed records after the head in two statements, each committed on its
 * own: the head and the first records of the queue read together (one snapshot), then their
 * links appended and the records taken off the queue with the head moved on — only if the head
 * is still where it was read (its row lock and re-check decide between sealers in any process).
 * A record holds one link at most and a seq one record (both unique), so a chain never forks.
 * Returns how many it sealed, or `RACED`.
 */
async function sealPass(sql: Sql): Promise<number> {
  const rows = await sql.query<AuditRow & { head_seq: number; head_hash: string }>(
    `SELECT h.seq AS head_seq, h.hash AS head_hash, a.* FROM audit_head h
     LEFT JOIN LATERAL (SELECT a.*, NULL::bigint AS seq, NULL::text AS hash, NULL::text AS prev_hash
       FROM audit_unsealed u JOIN audit_log a ON a.id = u.id ORDER BY u.id LIMIT $1) a ON true WHERE h.id`, [SEAL_BATCH]);
  const head = rows[0];
  // Stryker disable next-line all: the head row is created by the migration and can never be deleted
  if (!head) throw new AgentOsError('INTERNAL', 'audit chain head is missing / 审计链头缺失', { fix: 'run the store migrations' });
  const unsealed = rows.filter((row) => row.id !== null);
  // Stryker disable next-line ConditionalExpression: without it an empty pass writes the same head back and returns 0 all the same
  if (unsealed.length === 0) return 0;
  let seq = Number(head.head_seq);
  let prevHash = head.head_hash;
  const sealed = unsealed.map((row) => {
    seq++;
    prevHash = auditHash(prevHash, { ...toRecord(row), seq });
    return { id: Number(row.id), seq, hash: prevHash };
  });
  const [moved] = await sql.query<{ head: number }>(
    `WITH head AS (UPDATE audit_head SET seq = $4, hash = $5 WHERE id AND seq = $6 AND hash = $7 RETURNING seq),
     dequeued AS (DELETE FROM audit_unsealed u USING head WHERE u.id = ANY($1::bigint[])),
     chained AS (
       INSERT INTO audit_chain (seq, id, hash)
       SELECT s.seq, s.id, s.hash FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS s(id, seq, hash), head)
     SELECT count(*)::int AS head FROM head`,
    [sealed.map((s) => s.id), sealed.map((s) => s.seq), sealed.map((s) => s.hash), seq, prevHash, Number(head.head_seq), head.head_hash]);
  // Stryker disable next-line OptionalChaining: count(*) always returns one row
  return moved?.head === 1 ? unsealed.length : RACED;
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: Number(row.id), at: new Date(row.at), kind: row.kind, actor: row.actor,
    ...(row.seq !== null ? { seq: Number(row.seq) } : {}),
    ...(row.user_id !== null ? { userId: row.user_id } : {}),
    ...(row.session_id !== null ? { sessionId: row.session_id } : {}),
    ...(row.app_id !== null ? { appId: row.app_id } : {}),
    data: row.data,
    ...(row.prev_hash !== null ? { prevHash: row.prev_hash } : {}),
    ...(row.hash !== null ? { hash: row.hash } : {}),
  };
}
