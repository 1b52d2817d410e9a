import type { Sql } from '../store/index.ts';

export type Claim =
  | { kind: 'fresh' }
  | { kind: 'replay'; outcome: Record<string, unknown> }
  | { kind: 'conflict'; operation: string };

/**
 * Claims an idempotency key inside the money movement's transaction. A second request with the
 * same key waits for the first to commit (the unique insert blocks), then gets its outcome;
 * if the first rolled back, the second becomes the first. A key reused for another request conflicts.
 */
export async function claimKey(tx: Sql, key: string, operation: string, requestHash: string, at: Date): Promise<Claim> {
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (key, operation, request_hash, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    [key, operation, requestHash, at.toISOString()]);
  if (inserted.length > 0) return { kind: 'fresh' };
  const [row] = await tx.query<{ operation: string; request_hash: string; outcome: Record<string, unknown> | null }>(
    'SELECT operation, request_hash, outcome FROM idempotency_keys WHERE key = $1', [key]);
  if (!row || row.operation !== operation || row.request_hash !== requestHash || !row.outcome) {
    return { kind: 'conflict', operation: row?.operation ?? operation };
  }
  return { kind: 'replay', outcome: row.outcome };
}

/** Stores the outcome a retry with the same key will get, in the same transaction. */
export async function recordOutcome(tx: Sql, key: string, outcome: Record<string, unknown>): Promise<void> {
  await tx.query('UPDATE idempotency_keys SET outcome = $2 WHERE key = $1', [key, JSON.stringify(outcome)]);
}
