import type { Transaction } from '@electric-sql/pglite';
import { inlineParams } from './inline-params.ts';
import { StatementNames } from './statement-names.ts';

/**
 * The statements a PGlite store runs again and again, prepared once by name (`PREPARE`) and
 * then run as `EXECUTE name(…)` with their values written in (one simple-protocol message, as
 * `inlineParams`): PostgreSQL parses, analyses and plans such a statement once instead of on
 * every run. Which texts are named, and when, is `StatementNames`' rule (from the second run, at
 * most 200). An argument of `EXECUTE` is coerced to its parameter's type as an untyped constant
 * is in place, so the statement means the same; a text PostgreSQL will not prepare (several
 * statements, a parameter it cannot type) runs as before. Statements are prepared only outside
 * transactions, where a refusal aborts nothing. A script or DDL (`exec`) may change what a
 * prepared statement reads, so after one every prepared statement is dropped before the next is used.
 */
export class PglitePrepared {
  readonly #names = new StatementNames();
  readonly #prepared = new Set<string>();
  #stale = false;

  /**
   * The `EXECUTE` text to run for `text` with `params`, preparing it first where `canPrepare`
   * (outside a transaction), or undefined to run `text` as it is.
   */
  async executeText(db: Pick<Transaction, 'query' | 'exec'>, text: string, params: readonly unknown[], canPrepare: boolean): Promise<string | undefined> {
    if (params.length === 0) return undefined;
    if (this.#stale) {
      if (!canPrepare) return undefined;
      await db.exec('DEALLOCATE ALL');
      this.#prepared.clear();
      this.#stale = false;
    }
    const name = this.#names.nameFor(text, params);
    if (name === undefined) return undefined;
    const call = inlineParams(`EXECUTE ${name}(${params.map((_, i) => `$${i + 1}`).join(', ')})`, params);
    if (call === undefined) return undefined;
    if (!this.#prepared.has(name)) {
      if (!canPrepare) return undefined;
      try {
        // the extended protocol takes one statement only: a text of several is refused, never half run
        await db.query(`PREPARE ${name} AS ${text}`);
      } catch {
        this.#names.refuse(text);
        return undefined;
      }
      this.#prepared.add(name);
    }
    return call;
  }

  /** True when `error` says the prepared form of `text` no longer fits: it runs unnamed from now on. */
  stale(text: string, error: unknown): boolean {
    if (!this.#names.stale(text, error)) return false;
    this.#stale = true;
    return true;
  }

  /** A script or DDL ran: every prepared statement is dropped before the next is used. */
  invalidate(): void {
    this.#stale = true;
  }
}
