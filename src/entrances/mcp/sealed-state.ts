import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** What a `requestState` carries between the input-required answer and the client's retry. */
export type HeldDecision =
  | { kind: 'confirmation'; sessionId: string; confirmationId: string; token: string }
  | { kind: 'consent'; sessionId: string; appId: string; scope: string };

/**
 * Seals `requestState` with AES-256-GCM under the hub's shared key: the client can neither
 * read the confirmation's token nor change a byte, and a state sealed for one user, tool
 * and set of arguments opens for no other (they are the additional data). Single use comes
 * from the confirmation itself: a replayed state finds it already settled.
 */
export class StateSealer {
  readonly #key: Buffer;
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(key: Buffer, { ttlMs = 15 * 60_000, now = () => Date.now() }: { ttlMs?: number; now?: () => number } = {}) {
    if (key.length !== 32) throw new RangeError('the requestState key must be 32 bytes');
    this.#key = key;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  seal(decision: HeldDecision, binding: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv).setAAD(Buffer.from(binding));
    const body = Buffer.concat([cipher.update(JSON.stringify({ d: decision, exp: this.#now() + this.#ttlMs })), cipher.final()]);
    return `s1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
  }

  /** The decision, or a reason it cannot be trusted (never the contents). */
  open(state: string, binding: string): { ok: true; decision: HeldDecision } | { ok: false; reason: 'malformed' | 'forged' | 'expired' } {
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
    const { d, exp } = JSON.parse(text) as { d: HeldDecision; exp: number }; // authenticated: we wrote it
    return exp < this.#now() ? { ok: false, reason: 'expired' } : { ok: true, decision: d };
  }
}
