import { AgentOsError, canonicalJson, sha256, type Clock } from '../core/index.ts';
import type { Sql, Store } from '../store/index.ts';
import { transact } from './transact.ts';
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

export interface AuditRecord {
  seq: number;
  at: Date;
  kind: string;
  actor: string;
  userId?: string;
  sessionId?: string;
  appId?: string;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export type AuditVerification =
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; broken: { seq: number; reason: Bilingual } };

interface AuditRow {
  seq: number; at: Date; kind: string; actor: string; user_id: string | null;
  session_id: string | null; app_id: string | null; data: Record<string, unknown>; prev_hash: string; hash: string;
}

const GENESIS = '0'.repeat(64);
const PAGE = 1000;

/** hash = sha256(prev_hash + canonical JSON of the row's content): editing any row breaks every later link. */
export function auditHash(prevHash: string, row: Omit<AuditRecord, 'prevHash' | 'hash'>): string {
  return sha256(prevHash + canonicalJson({
    seq: row.seq, at: row.at.toISOString(), kind: row.kind, actor: row.actor,
    userId: row.userId ?? null, sessionId: row.sessionId ?? null, appId: row.appId ?? null, data: row.data,
  }));
}

/**
 * The append-only, hash-chained audit log. Every append locks the one chain-head row, so
 * concurrent appends (in any number of hub processes) line up into one chain, never a fork.
 */
export class AuditLog {
  readonly #store: Store;
  readonly #clock: Clock;

  constructor({ store, clock }: { store: Store; clock: Clock }) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Appends in a transaction of its own. */
  append(entry: AuditEntryInput): Promise<AuditRecord> {
    return transact(this.#store, (tx) => this.appendIn(tx, entry));
  }

  /**
   * Appends inside the caller's transaction, so the record and the change it describes commit
   * together. Call it last: the chain head stays locked until the transaction ends.
   */
  async appendIn(tx: Sql, entry: AuditEntryInput): Promise<AuditRecord> {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(entry.kind) || !entry.actor) {
      throw new AgentOsError('BAD_REQUEST', `审计记录的 kind 或 actor 不合法 / invalid audit entry kind or actor: ${JSON.stringify(entry.kind)}`, {
        where: 'audit.append', fix: 'use a kebab-case kind (payment-captured) and a non-empty actor',
      });
    }
    const [head] = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id FOR UPDATE');
    if (!head) throw new AgentOsError('INTERNAL', 'audit chain head is missing / 审计链头缺失', { fix: 'run the store migrations' });
    const record: Omit<AuditRecord, 'hash'> = {
      seq: Number(head.seq) + 1, at: this.#clock.now(), kind: entry.kind, actor: entry.actor,
      ...(entry.userId ? { userId: entry.userId } : {}),
      ...(entry.sessionId ? { sessionId: entry.sessionId } : {}),
      ...(entry.appId ? { appId: entry.appId } : {}),
      data: JSON.parse(JSON.stringify(entry.data ?? {})) as Record<string, unknown>,
      prevHash: head.hash,
    };
    const hash = auditHash(head.hash, record);
    await tx.query(
      `INSERT INTO audit_log (seq, at, kind, actor, user_id, session_id, app_id, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [record.seq, record.at.toISOString(), record.kind, record.actor, record.userId ?? null, record.sessionId ?? null,
        record.appId ?? null, JSON.stringify(record.data), record.prevHash, hash],
    );
    await tx.query('UPDATE audit_head SET seq = $1, hash = $2 WHERE id', [record.seq, hash]);
    return { ...record, hash };
  }

  /** Walks the whole chain; reports the first row whose link or content does not check out. */
  async verify(): Promise<AuditVerification> {
    let prevHash = GENESIS;
    let expected = 1;
    for (;;) {
      const rows = await this.#store.query<AuditRow>(
        'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2', [expected, PAGE]);
      for (const row of rows) {
        const record = toRecord(row);
        const broken = (zh: string, en: string): AuditVerification =>
          ({ ok: false, count: expected - 1, broken: { seq: record.seq, reason: { zh, en } } });
        if (record.seq !== expected) return broken(`缺少第 ${expected} 条记录`, `record ${expected} is missing`);
        if (record.prevHash !== prevHash) return broken(`第 ${record.seq} 条的 prev_hash 与上一条不符`, `record ${record.seq}: prev_hash does not match the previous record`);
        if (auditHash(prevHash, record) !== record.hash) return broken(`第 ${record.seq} 条的内容被改动过`, `record ${record.seq}: content was altered (hash mismatch)`);
        prevHash = record.hash;
        expected++;
      }
      if (rows.length < PAGE) break;
    }
    const [head] = await this.#store.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id');
    if (!head || Number(head.seq) !== expected - 1 || head.hash !== prevHash) {
      return { ok: false, count: expected - 1, broken: { seq: expected, reason: {
        zh: `链尾与链头不符：链头记录到第 ${head?.seq ?? '?'} 条，日志只到第 ${expected - 1} 条`,
        en: `the chain's tail does not match its head: head at ${head?.seq ?? '?'}, log ends at ${expected - 1}`,
      } } };
    }
    return { ok: true, count: expected - 1, headHash: prevHash };
  }

  /** The latest records (oldest first), optionally of one session, user or mini-program. */
  async list({ sessionId, userId, appId, limit = 100 }: { sessionId?: string; userId?: string; appId?: string; limit?: number } = {}): Promise<AuditRecord[]> {
    const rows = await this.#store.query<AuditRow>(
      `SELECT * FROM (SELECT * FROM audit_log
         WHERE ($1::text IS NULL OR session_id = $1) AND ($2::text IS NULL OR user_id = $2) AND ($3::text IS NULL OR app_id = $3)
         ORDER BY seq DESC LIMIT $4) latest ORDER BY seq`,
      [sessionId ?? null, userId ?? null, appId ?? null, Math.max(1, Math.min(limit, 10_000))],
    );
    return rows.map(toRecord);
  }
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq), at: new Date(row.at), kind: row.kind, actor: row.actor,
    ...(row.user_id !== null ? { userId: row.user_id } : {}),
    ...(row.session_id !== null ? { sessionId: row.session_id } : {}),
    ...(row.app_id !== null ? { appId: row.app_id } : {}),
    data: row.data, prevHash: row.prev_hash, hash: row.hash,
  };
}
