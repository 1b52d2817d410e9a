import { createRealm, type RealmPlacement, type SandboxRealm } from './sandbox/realm.ts';
import type { SandboxLimits } from './types.ts';

/**
 * Warm realms, least recently used first out. A realm belongs to one (mini-program
 * version, user): module state never carries one user's data into another's call. A warm
 * realm whose sandbox thread is held up by someone else's call is left for a fresh one on a
 * free thread, so one mini-program's long call never delays another's.
 */
export class RealmPool {
  readonly #realms = new Map<string, Promise<SandboxRealm>>();
  readonly #ready = new Map<string, SandboxRealm>();
  readonly #limits: SandboxLimits;
  readonly #max: number;
  readonly #placement: RealmPlacement;

  constructor(limits: SandboxLimits, max = 64, placement: RealmPlacement = 'threads') {
    this.#limits = limits;
    this.#max = max;
    this.#placement = placement;
  }

  /** The realm for `key` (of the mini-program `owner`), creating and initialising it with `init` when there is none. */
  async get(key: string, owner: string, init: (realm: SandboxRealm) => Promise<void>): Promise<SandboxRealm> {
    const existing = this.#realms.get(key);
    if (existing) {
      const realm = await existing.catch(() => undefined);
      if (realm && !realm.poisoned && !(realm.stalled && !realm.busy)) {
        this.#realms.delete(key);
        this.#realms.set(key, existing); // most recently used last
        return realm;
      }
      if (realm) this.drop(key, realm);
      this.#realms.delete(key);
      this.#ready.delete(key);
    }
    const created = (async () => {
      const realm = await createRealm(this.#limits, owner, this.#placement);
      try {
        await init(realm);
        this.#ready.set(key, realm);
        return realm;
      } catch (error) {
        realm.dispose();
        throw error;
      }
    })();
    this.#realms.set(key, created);
    created.catch(() => this.#realms.delete(key));
    this.#evict();
    return created;
  }

  drop(key: string, realm: SandboxRealm): void {
    realm.dispose();
    if (this.#ready.get(key) === realm) {
      this.#realms.delete(key);
      this.#ready.delete(key);
    }
  }

  /** Forgets realms the sandbox let go (budget, a replaced thread), then the least recently used idle ones beyond the maximum. */
  #evict(): void {
    for (const [key, realm] of this.#ready) if (realm.poisoned) this.drop(key, realm);
    for (const key of this.#realms.keys()) {
      if (this.#realms.size <= this.#max) return;
      const realm = this.#ready.get(key);
      if (!realm || realm.busy) continue;
      this.drop(key, realm);
    }
  }

  dispose(): void {
    for (const realm of this.#realms.values()) void realm.then((r) => r.dispose(), () => undefined);
    this.#realms.clear();
    this.#ready.clear();
  }

  get size(): number {
    return this.#realms.size;
  }
}
