import { availableParallelism, totalmem } from 'node:os';
import type { SandboxLimits } from '../types.ts';
import type { SandboxRealm } from './realm.ts';
import { SandboxThread } from './sandbox-thread.ts';
import { WorkerRealm } from './worker-realm.ts';

/** Sizes of the pool: threads kept, threads at most (extra ones when all are stalled), memory. */
export interface PoolOptions {
  threads: number;
  maxThreads: number;
  /** What all realms together may reserve (each reserves its memory limit). */
  budgetBytes: number;
  /** What one mini-program's realms together may reserve. */
  shareBytes: number;
}

/** Thrown when a realm cannot be had without taking memory another mini-program is owed. */
export class SandboxBudgetError extends Error {}

export function defaultPoolOptions(env: NodeJS.ProcessEnv = process.env): PoolOptions {
  const threads = Number(env.AGENTOS_SANDBOX_THREADS) || Math.min(8, Math.max(2, availableParallelism()));
  const budgetBytes = (Number(env.AGENTOS_SANDBOX_BUDGET_MB) || Math.min(threads * 1024, Math.floor(totalmem() / 2 ** 20 / 2))) * 2 ** 20;
  return { threads, maxThreads: threads * 2, budgetBytes, shareBytes: Math.floor(budgetBytes / 4) };
}

/**
 * The process's sandbox threads and the realms on them. Every realm reserves its memory limit
 * against an overall budget and its mini-program's share; beyond either, the least recently used
 * idle realms go first (the mini-program's own when it is over its share), and when none can go
 * the realm is refused. A new realm goes to the least loaded thread that is not stalled; a thread
 * that dies (or is terminated for a stuck call) takes its realms with it and is replaced.
 */
export class SandboxPool {
  readonly options: PoolOptions;
  readonly #threads: SandboxThread[] = [];
  readonly #realms = new Set<WorkerRealm>();
  #reserved = 0;

  constructor(options: PoolOptions = defaultPoolOptions()) {
    this.options = options;
  }

  async createRealm(limits: SandboxLimits, owner: string): Promise<SandboxRealm> {
    // Every kept thread starts with the first realm: a thread is ready before anyone needs to go around a busy one.
    while (this.#threads.length < this.options.threads) this.#spawn();
    const bytes = limits.memoryLimitBytes;
    this.#makeRoom(owner, bytes);
    const thread = this.#pick(bytes);
    const realm = new WorkerRealm(thread, owner, bytes, (r) => this.#release(r));
    this.#realms.add(realm);
    this.#reserved += bytes;
    thread.reservedBytes += bytes;
    try {
      await thread.create(realm.id, limits);
    } catch (error) {
      realm.dispose();
      throw error;
    }
    return realm;
  }

  /** Bytes reserved by all realms, and by one owner's. */
  reserved(owner?: string): number {
    if (owner === undefined) return this.#reserved;
    let total = 0;
    for (const r of this.#realms) if (r.owner === owner) total += r.bytes;
    return total;
  }

  get threadCount(): number {
    return this.#threads.length;
  }

  #makeRoom(owner: string, bytes: number): void {
    const { budgetBytes, shareBytes } = this.options;
    while (this.reserved(owner) + bytes > Math.max(shareBytes, bytes)) {
      const victim = this.#leastRecent((r) => r.owner === owner);
      if (!victim) throw new SandboxBudgetError(`${owner} already uses its whole share of sandbox memory (${mb(shareBytes)} MB) in running calls`);
      victim.dispose();
    }
    while (this.#reserved + bytes > budgetBytes) {
      const victim = this.#leastRecent(() => true);
      if (!victim) throw new SandboxBudgetError(`the sandbox memory budget (${mb(budgetBytes)} MB) is in use by running calls`);
      victim.dispose();
    }
  }

  #leastRecent(filter: (r: WorkerRealm) => boolean): WorkerRealm | undefined {
    let best: WorkerRealm | undefined;
    for (const r of this.#realms) {
      if (r.busy || !filter(r)) continue;
      if (!best || r.lastUsed < best.lastUsed) best = r;
    }
    return best;
  }

  #pick(bytes: number): SandboxThread {
    const perThread = this.options.budgetBytes / this.options.threads;
    const fits = (t: SandboxThread) => !t.dead && t.reservedBytes + bytes <= Math.max(perThread, bytes);
    const ready = this.#threads.filter((t) => fits(t) && !t.stalled);
    const idle = ready.filter((t) => t.load === 0);
    if (idle.length === 0 && this.#threads.length < this.options.threads) return this.#spawn();
    if (ready.length === 0 && this.#threads.length < this.options.maxThreads) return this.#spawn();
    const candidates = ready.length ? ready : this.#threads.filter(fits);
    const pool = candidates.length ? candidates : this.#threads;
    if (pool.length === 0) return this.#spawn();
    return pool.reduce((a, b) => (b.load < a.load || (b.load === a.load && b.realms.size < a.realms.size) ? b : a));
  }

  #spawn(): SandboxThread {
    const thread = new SandboxThread((dead) => this.#buried(dead));
    this.#threads.push(thread);
    return thread;
  }

  #buried(thread: SandboxThread): void {
    const at = this.#threads.indexOf(thread);
    if (at >= 0) this.#threads.splice(at, 1);
    for (const r of this.#realms) if (r.thread === thread) r.dispose();
  }

  #release(realm: WorkerRealm): void {
    if (!this.#realms.delete(realm)) return;
    this.#reserved -= realm.bytes;
    realm.thread.reservedBytes -= realm.bytes;
  }

  /** Stops every thread (tests and shutdown); the pool starts new ones when asked again. */
  shutdown(): void {
    for (const thread of [...this.#threads]) thread.terminate();
  }
}

let shared: SandboxPool | undefined;

/** The process's one pool: sized to the machine, shared by every runtime in the process. */
export function sandboxPool(): SandboxPool {
  shared ??= new SandboxPool();
  return shared;
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
