import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Seals what an agent entrance must get back unchanged (MCP's `requestState`, A2A's held
 * confirmation tokens) with AES-256-GCM under a key the hub's processes share: the holder
 * can neither read it (a confirmation's token stays secret) nor change a byte, and a value
 * sealed under one binding (user, tool, arguments…) opens under no other. Single use is the
 * confirmation's own: a replayed value finds it already settled.
 */
export class StateSealer<T> {
  readonly #key: Buffer;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(key: Buffer, { ttlMs = 15 * 60_000, now = () => Date.now() }: { ttlMs?: number; now?: () => number } = {}) {
    if (key.length !== 32) throw new RangeError('the sealing key must be 32 bytes');
    this.#key = key;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  seal(value: T, binding: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv).setAAD(Buffer.from(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify({ d: value, exp: this.#now() + this.#ttlMs })), cipher.final()]);
    return `s1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The decision, or a reason it cannot be trusted (never the contents). */
  open(state: string, binding: string): { ok: true; value: T } | { ok: false; reason: 'malformed' | 'forged' | 'expired' } {
    const raw = state.startsWith('s1.') ? Buffer.from(state.slice(3), 'base64url') : Buffer.alloc(0);
    if (raw.length < 29 || raw.length > 4096) return { ok: false, reason: 'malformed' };
    let text: string;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, raw.subarray(0, 12)).setAAD(Buffer.from(binding));
      decipher.setAuthTag(raw.subarray(12, 28));
      text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return { ok: false, reason: 'forged' };
    }
    const { d, exp } = JSON.parse(text) as { d: T; exp: number }; // authenticated: we wrote it
    return exp < this.#now() ? { ok: false, reason: 'expired' } : { ok: true, value: d };
  }
}
