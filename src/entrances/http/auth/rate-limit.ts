/**
 * A fixed-window counter per key (an account, an address): at most `limit` hits per window.
 * Kept in the hub process: with several hub processes each counts its own share, which still
 * bounds guessing to `limit × processes` per window.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; hits: number }>();

  constructor(readonly limit: number, readonly windowMs: number, readonly now: () => number = Date.now) {}

  /** Seconds until the key may try again, or 0 when it may now. */
  retryAfter(key: string): number {
    const window = this.#current(key);
    return window && window.hits >= this.limit ? Math.ceil((window.start + this.windowMs - this.now()) / 1000) : 0;
  }

  hit(key: string): void {
    const window = this.#current(key) ?? { start: this.now(), hits: 0 };
    window.hits++;
    this.#windows.set(key, window);
    if (this.#windows.size > 50_000) this.#sweep();
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }

  #current(key: string): { start: number; hits: number } | undefined {
    const window = this.#windows.get(key);
    if (window && this.now() - window.start >= this.windowMs) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }

  #sweep(): void {
    for (const key of [...this.#windows.keys()]) this.#current(key);
  }
}
