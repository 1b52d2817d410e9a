import { createHash } from 'node:crypto';

/** Times a statement's text is seen before it is prepared by name: one-off texts stay unnamed. */
const SEEN_BEFORE_NAMING = 2;
/** Names handed out per process at most: each is prepared once on every connection that runs it (tens of KB of server memory each). */
const MAX_NAMES = 200;

/**
 * Names for the statements a process runs again and again, so that `pg` prepares each once per
 * connection and PostgreSQL skips parsing and planning it afterwards (the statement's
 * parameters still bind per call). A name is the hash of the text, so one text has one name on
 * every connection. A text whose prepared form went stale (a migration changed a table under
 * it, PostgreSQL's `0A000`) is never named again in this process; a statement the server does
 * not know by its name (`26000`: a pooler such as PgBouncer in transaction mode hands out other
 * sessions) turns naming off for good.
 */
export class StatementNames {
  readonly #seen = new Map<string, number>();
  readonly #names = new Map<string, string>();
  readonly #never = new Set<string>();
  #off = false;

  /** The name to run `text` under, or undefined to run it unnamed. */
  nameFor(text: string, params: readonly unknown[]): string | undefined {
    if (params.length === 0 || this.#off) return undefined;
    const name = this.#names.get(text);
    if (name !== undefined || this.#names.size >= MAX_NAMES || this.#never.has(text)) return name;
    const seen = (this.#seen.get(text) ?? 0) + 1;
    if (seen < SEEN_BEFORE_NAMING) {
      if (this.#seen.size >= MAX_NAMES * 4) this.#seen.clear();
      this.#seen.set(text, seen);
      return undefined;
    }
    this.#seen.delete(text);
    const named = `s_${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
    this.#names.set(text, named);
    return named;
  }

  /** `text` cannot be prepared (the server refused it): it runs unnamed from now on. */
  refuse(text: string): void {
    this.#names.delete(text);
    this.#never.add(text);
  }

  /** True when `error` says the prepared form of `text` no longer fits (then it runs unnamed from now on). */
  stale(text: string, error: unknown): boolean {
    const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code !== '0A000' && code !== '26000') return false;
    if (!this.#names.delete(text)) return false;
    this.#never.add(text);
    if (code === '26000') this.#off = true;
    return true;
  }
}
