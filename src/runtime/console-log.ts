import { log, miniProgramLog } from '../core/index.ts';

/** What one call may write to the hub's log, each line's length, and lines per second per mini-program. */
export const LOG_BYTES_PER_CALL = 64 * 1024;
export const LOG_LINE_LIMIT = 2_048;
export const LOG_LINES_PER_SECOND = 100;

const buckets = new Map<string, { tokens: number; at: number }>();

/** A call's console: lines are cut to length, the call's total is capped, and each mini-program is rate-limited. */
export class CallConsole {
  #bytes = 0;
  #cut = false;

  constructor(readonly appId: string, readonly api: string) {}

  write(level: string, text: string): void {
    if (this.#cut) return;
    const line = text.length > LOG_LINE_LIMIT ? `${text.slice(0, LOG_LINE_LIMIT)}… (${text.length} characters, cut)` : text;
    this.#bytes += line.length;
    if (this.#bytes > LOG_BYTES_PER_CALL || !take(this.appId)) {
      this.#cut = true;
      log.warn({ app: this.appId, api: this.api }, 'console output of this call is over its limit; the rest is dropped');
      return;
    }
    // The mini-program's own line: shown only where an entrance asked for it (--verbose), never mixed into human output.
    miniProgramLog({ appId: this.appId, api: this.api, level: level === 'error' ? 'error' : level === 'warn' ? 'warn' : 'info', text: line });
  }
}

function take(appId: string): boolean {
  const now = Date.now();
  const bucket = buckets.get(appId) ?? { tokens: LOG_LINES_PER_SECOND, at: now };
  bucket.tokens = Math.min(LOG_LINES_PER_SECOND, bucket.tokens + ((now - bucket.at) / 1000) * LOG_LINES_PER_SECOND);
  bucket.at = now;
  buckets.set(appId, bucket);
  if (bucket.tokens < 1) return false;
  bucket.tokens--;
  return true;
}
