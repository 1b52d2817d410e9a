import { Realm } from './sandbox/realm.ts';
import type { SandboxLimits } from './types.ts';

/**
 * Warm realms, least recently used first out. A realm belongs to one (mini-program
 * version, user): module state never carries one user's data into another's call.
 */
export class RealmPool {
  readonly #realms = new Map<string, Promise<Realm>>();
  readonly #ready = new Map<string, Realm>();
  readonly #limits: SandboxLimits;
  readonly #max: number;

  constructor(limits: SandboxLimits, max = 64) {
    this.#limits = limits;
    this.#max = max;
  }

  /** The realm for `key`, creating and initialising it with `init` when there is none. */
  async get(key: string, init: (realm: Realm) => Promise<void>): Promise<Realm> {
    const existing = this.#realms.get(key);
    if (existing) {
      const realm = await existing.catch(() => undefined);
      if (realm && !realm.poisoned) {
        this.#realms.delete(key);
        this.#realms.set(key, existing); // most recently used last
        return realm;
      }
      this.#realms.delete(key);
      this.#ready.delete(key);
    }
    const created = (async () => {
      const realm = await Realm.create(this.#limits);
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

  drop(key: string, realm: Realm): void {
    realm.dispose();
    this.#realms.delete(key);
    this.#ready.delete(key);
  }

  /** Disposes the least recently used idle realms beyond the maximum. */
  #evict(): void {
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
