import type { SandboxLimits } from '../types.ts';
import type { HostBridge } from './host-bridge.ts';
import { RealmCore, type RealmOutcome } from './realm-core.js';
import { sandboxPool } from './sandbox-pool.ts';

export type { RealmOutcome } from './realm-core.js';

/**
 * A realm as the hub sees it: one QuickJS runtime + context for one mini-program (and one user),
 * living on a sandbox thread. Memory and time are limited per call; a realm that hit a limit is
 * poisoned and must be disposed.
 */
export interface SandboxRealm {
  readonly poisoned: boolean;
  /** True while a call runs in this realm. */
  readonly busy: boolean;
  /** True while the realm's thread is held up by other code: a warm realm there is worth leaving. */
  readonly stalled: boolean;
  /** Evaluates `expression` (a string or a promise of one) with `bridge` serving host calls. */
  run(expression: string, bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome>;
  /** Calls `__agentos[name](...args)` with string arguments: the hot path, no source to parse. */
  invoke(name: string, args: string[], bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome>;
  dispose(): void;
}

/** Where realms run: a sandbox thread (always, in the hub), or this thread (benchmarks only, to compare). */
export type RealmPlacement = 'threads' | 'in-process';

/** A fresh realm for `owner` (a mini-program), charged to its share of the sandbox memory budget. */
export async function createRealm(limits: SandboxLimits, owner: string, placement: RealmPlacement = 'threads'): Promise<SandboxRealm> {
  if (placement === 'in-process') {
    const core = await RealmCore.create(limits);
    return Object.assign(core, { stalled: false });
  }
  return sandboxPool().createRealm(limits, owner);
}
