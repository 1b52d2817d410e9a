import type { HostBridge } from './host-bridge.ts';
import type { RealmOutcome } from './realm-core.js';
import type { SandboxRealm } from './realm.ts';
import type { CallRequest, SandboxThread } from './sandbox-thread.ts';

let nextId = 0;

/** The main thread's stand-in for a realm that lives on a sandbox thread. */
export class WorkerRealm implements SandboxRealm {
  readonly id = ++nextId;
  readonly thread: SandboxThread;
  readonly owner: string;
  readonly bytes: number;
  lastUsed = Date.now();
  poisoned = false;
  #calls = 0;
  readonly #release: (realm: WorkerRealm) => void;

  constructor(thread: SandboxThread, owner: string, bytes: number, release: (realm: WorkerRealm) => void) {
    this.thread = thread;
    this.owner = owner;
    this.bytes = bytes;
    this.#release = release;
  }

  get busy(): boolean {
    return this.#calls > 0;
  }

  get stalled(): boolean {
    return this.thread.stalled;
  }

  run(expression: string, bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome> {
    return this.#call({ kind: 'run', expression }, bridge, timeLimitMs);
  }

  invoke(name: string, args: string[], bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome> {
    return this.#call({ kind: 'invoke', name, args }, bridge, timeLimitMs);
  }

  async #call(request: CallRequest, bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome> {
    if (this.poisoned) return { ok: false, error: 'realm is disposed', kind: 'internal' };
    this.#calls++;
    this.lastUsed = Date.now();
    try {
      const { outcome, poisoned } = await this.thread.call(this.id, request, bridge, timeLimitMs);
      if (poisoned) this.dispose();
      return outcome;
    } finally {
      this.#calls--;
      this.lastUsed = Date.now();
    }
  }

  dispose(): void {
    if (this.poisoned) return;
    this.poisoned = true;
    this.#release(this);
    this.thread.dispose(this.id);
  }
}
