import type { Sql, Store } from '../store/index.ts';

/** PostgreSQL's serialization failure and deadlock: the transaction did nothing and may run again. */
const RETRYABLE_CODES: ReadonlySet<unknown> = new Set(['40001', '40P01']);

export function isRetryableError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return RETRYABLE_CODES.has(code);
}

/** Runs `work` (one statement or one transaction) again, with jittered backoff, when PostgreSQL aborted it as retryable. */
export async function retrying<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableError(error)) throw error;
      // Stryker disable next-line ArithmeticOperator: the backoff's length only spreads racing retries apart; any finite wait retries the same work
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** attempt));
    }
  }
}

/**
 * Runs `fn` in one transaction, running it again when PostgreSQL aborts it for a serialization
 * failure or a deadlock. `fn` must touch nothing but the database.
 */
export function transact<T>(store: Store, fn: (tx: Sql) => Promise<T>, attempts = 6): Promise<T> {
  return retrying(() => store.transaction(fn), attempts);
}
