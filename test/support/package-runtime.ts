import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/core/index.ts';
import { loadPackage, type MiniProgramPackage } from '../../src/package/index.ts';
import { Runtime, scratchServices, type PlatformServices, type RuntimeOptions } from '../../src/runtime/index.ts';
import { openMemoryStore, type Store } from '../../src/store/index.ts';

/** The in-memory payment service the ecosystem tests read orders and refunds from. */
export type Ledger = ReturnType<typeof scratchServices>;
/** The user data a ledger hands out: per scope, or per scope and caller (`call.userId`). */
export type LedgerUserData = Parameters<typeof scratchServices>[0];

/**
 * The payment service as a mini-program sees it: orders `ord_1`, `ord_2`, … in memory, never
 * charged, each refund kept on its order and listed in `refunds`, the user data as given.
 */
function ledger(userData: LedgerUserData = {}): Ledger {
  return scratchServices(userData, { orderIdPrefix: 'ord_', bookRefunds: true });
}

/** How a test's package runtime differs from the plain one (a ledger, the system clock, 64 MB and 5 s). */
export interface PackageRuntimeOptions<S extends PlatformServices> {
  /** The platform services; a fresh `ledger(userData)` when absent. */
  services?: S;
  /** What the default ledger hands out for a scope the user granted. */
  userData?: LedgerUserData;
  /** The hub's clock, which the sandbox's Date follows; the system clock when absent. */
  clock?: Clock;
  limits?: RuntimeOptions['limits'];
}

/** A loaded package running on its own Runtime and in-memory store, with the services it calls. */
export interface PackageRuntime<S extends PlatformServices> {
  pkg: MiniProgramPackage;
  store: Store;
  runtime: Runtime;
  services: S;
  /** Disposes of the runtime's realms and closes the store. */
  close(): Promise<void>;
}

/** The package in `folder`, loaded as the hub loads it; the loader's problems fail the test. */
export async function loadPackageFolder(folder: string): Promise<MiniProgramPackage> {
  const loaded = await loadPackage(folder);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error, null, 2));
  return loaded.value;
}

/**
 * Loads the package folder and runs it on a Runtime over a fresh in-memory store, as the one
 * approved version `v1`: what each ecosystem test starts from.
 */
export async function openPackageRuntime<S extends PlatformServices = Ledger>(folder: string, options: PackageRuntimeOptions<S> = {}): Promise<PackageRuntime<S>> {
  const pkg = await loadPackageFolder(folder);
  const services = options.services ?? (ledger(options.userData) as PlatformServices as S);
  const store = await openMemoryStore();
  const runtime = new Runtime({
    store, services, limits: options.limits ?? { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 5_000 },
    resolve: async () => ({ version: 'v1', pkg }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    pkg, store, runtime, services,
    async close() {
      runtime.dispose();
      await store.close();
    },
  };
}

/**
 * The package runtime of a describe block: opened before its tests, closed after them. Read
 * the fields inside tests and hooks; while the block is being defined they are not there yet.
 */
export function usePackageRuntime<S extends PlatformServices = Ledger>(folder: string, options: PackageRuntimeOptions<S> = {}): Omit<PackageRuntime<S>, 'close'> {
  let opened: PackageRuntime<S> | undefined;
  beforeAll(async () => {
    opened = await openPackageRuntime(folder, options);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const get = (): PackageRuntime<S> => {
    if (!opened) throw new Error(`${folder} is not open: read the package runtime inside a test or hook`);
    return opened;
  };
  return {
    get pkg() { return get().pkg; },
    get store() { return get().store; },
    get runtime() { return get().runtime; },
    get services() { return get().services; },
  };
}
