/** A module of the package, as the sandbox's `require` receives it. */
export interface ModuleSource {
  path: string;
  code?: string;
  json?: string;
}

/**
 * What the realm's three host functions delegate to, set anew for each call. Sync ops
 * return a value or throw; async ops settle a promise. Errors become `errMsg` strings.
 */
export interface HostBridge {
  sync(op: string, args: unknown): unknown;
  /**
   * Answers known before the call starts, so a sandbox thread need not cross to the hub's
   * thread for them: sync ops without arguments fixed for the call (`mode`, `login`, …) and the
   * call's storages, which the thread reads and writes itself (changes come back to `applyStorage`).
   */
  known?(): KnownAnswers;
  /** What a sandbox thread changed in the call's storages, applied when its result arrives. */
  applyStorage?(changes: StorageChanges): void;
  async(op: string, args: unknown): Promise<unknown>;
  source(path: string): ModuleSource | undefined;
}

/** Thrown by a host op to end the call at once (consent needed, limits). */
export class CallAborted extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** What `HostBridge.known` gives a sandbox thread with the call. */
export interface KnownAnswers {
  fixed: Record<string, unknown>;
  /** How the thread answers `now` itself (see `clockAnswer`); without it, `now` is asked. */
  clock?: ClockAnswer;
  /** The storages, with the quota a thread checks writes against (in bytes, as `CallStorage` counts). */
  storage: { user: StorageSnapshot; shared: StorageSnapshot; limits: { total: number; perKey: number } };
}

/** The hub's time for a call: `offset` added to the thread's `Date.now()`, or `at` for the whole call. */
export type ClockAnswer = { offset: number } | { at: number };

/** A storage's keys with their sizes, and the values loaded so far. */
export interface StorageSnapshot {
  keys: string[];
  sizes: Record<string, number>;
  values: Record<string, unknown>;
}

/** Per storage, in order: [key, value, removed] (value null when removed). */
export interface StorageChanges {
  user: [string, unknown, boolean][];
  shared: [string, unknown, boolean][];
}
