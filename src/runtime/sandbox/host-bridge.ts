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
  async(op: string, args: unknown): Promise<unknown>;
  source(path: string): ModuleSource | undefined;
}

/** Thrown by a host op to end the call at once (consent needed, limits). */
export class CallAborted extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
