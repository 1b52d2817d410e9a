import type { QuickJSWASMModule } from 'quickjs-emscripten';
import type { SandboxLimits } from '../types.ts';
import type { HostBridge } from './host-bridge.ts';

/** How a realm call ended, from the host's side. */
export type RealmOutcome =
  | { ok: true; json: string }
  | { ok: false; error: string; kind: 'thrown' | 'timeout' | 'memory' | 'internal' };

/** Told when the realm starts and stops running third-party code (a worker's stall detector). */
export interface RealmActivity {
  enter(): void;
  leave(): void;
}

export declare function quickJs(): Promise<QuickJSWASMModule>;

/** One QuickJS runtime + context: see realm-core.js. */
export declare class RealmCore {
  static create(limits: SandboxLimits, activity?: RealmActivity): Promise<RealmCore>;
  poisoned: boolean;
  readonly busy: boolean;
  run(expression: string, bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome>;
  invoke(name: string, args: string[], bridge: HostBridge, timeLimitMs: number): Promise<RealmOutcome>;
  dispose(): void;
}

export declare function errorText(error: unknown): string;
export declare function hostErrorText(error: unknown): string;
