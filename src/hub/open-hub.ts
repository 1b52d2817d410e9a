import { loadConfig, log, type HubConfig } from '../core/index.ts';
import { Catalog } from '../catalog/index.ts';
import { Memory } from '../memory/index.ts';
import { PayService } from '../pay/index.ts';
import { Runtime } from '../runtime/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { TrustService } from '../trust/index.ts';
import { platformServices } from './platform-services.ts';

/** The composed hub: every part wired once, for every entrance to use. */
export interface Hub {
  config: HubConfig;
  store: Store;
  catalog: Catalog;
  runtime: Runtime;
  memory: Memory;
  pay: PayService;
  trust: TrustService;
  close(): Promise<void>;
}

/** Wires the parts over an open store. */
export function composeHub(config: HubConfig, store: Store): Hub {
  const catalog = new Catalog(store);
  const memory = new Memory(store);
  const pay = new PayService({ store, clock: config.clock });
  const trust = new TrustService({ store, clock: config.clock });
  const runtime = new Runtime({
    store,
    limits: config.sandbox,
    resolve: (appId, version) => catalog.package(appId, version),
    services: platformServices({ catalog, memory, pay }),
  });
  return {
    config, store, catalog, runtime, memory, pay, trust,
    async close() {
      runtime.dispose();
      await store.close();
    },
  };
}

/** Opens the store the configuration names, migrates it, and composes the hub. */
export async function openHub(config: HubConfig = loadConfig()): Promise<Hub> {
  const store = await openStore(config);
  log.debug({ kind: store.kind }, 'store open');
  return composeHub(config, store);
}
