import { Accounts, AgentClients } from '../accounts/index.ts';
import { AgentOsError, loadConfig, log, type HubConfig } from '../core/index.ts';
import { Catalog, LiveTools } from '../catalog/index.ts';
import { LlmPlanner, LocalPlanner, Orchestrator, SessionStore, StoreSessionFeed, type Planner, type SessionFeed } from '../orchestrator/index.ts';
import { Memory } from '../memory/index.ts';
import { PayService } from '../pay/index.ts';
import { RemoteServices } from '../remote/index.ts';
import { Runtime } from '../runtime/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { TrustService } from '../trust/index.ts';
import { analysisOf } from './analysis-cache.ts';
import { PageSessions } from './page-sessions.ts';
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
  tools: LiveTools;
  orchestrator: Orchestrator;
  /** Who may sign in, with which role and credentials. */
  accounts: Accounts;
  /** Agents that reach the hub over A2A or MCP, each an entrance with its own key and end users. */
  clients: AgentClients;
  /** Remote A2A agents and MCP servers the hub calls as vertical services, once approved. */
  remote: RemoteServices;
  /** Pages people opened from their conversations (handoffs), driven through an entrance. */
  pages: PageSessions;
  close(): Promise<void>;
}

/** The planner the configuration names: the local one unless an LLM endpoint is configured. */
export function plannerFor(config: HubConfig): Planner {
  if (config.planner === 'llm') {
    if (!config.llm.baseUrl || !config.llm.model) {
      throw new AgentOsError('BAD_REQUEST', 'the llm planner needs AGENTOS_LLM_BASE_URL and AGENTOS_LLM_MODEL', { fix: 'set both (and AGENTOS_LLM_API_KEY if the endpoint wants one), or use the local planner' });
    }
    return new LlmPlanner({
      baseUrl: config.llm.baseUrl, model: config.llm.model,
      ...(config.llm.apiKey ? { apiKey: config.llm.apiKey } : {}), ...(config.llm.tokenBudget ? { tokenBudget: config.llm.tokenBudget } : {}),
    });
  }
  return new LocalPlanner();
}

/** Wires the parts over an open store. */
export function composeHub(config: HubConfig, store: Store, options: { planner?: Planner; feed?: SessionFeed } = {}): Hub {
  const catalog = new Catalog(store);
  const memory = new Memory(store);
  const trust = new TrustService({ store, clock: config.clock });
  const pay = new PayService({ store, clock: config.clock, audit: trust.audit, splitPolicy: config.split });
  const runtime = new Runtime({
    store,
    limits: config.sandbox,
    clock: config.clock,
    resolve: (appId, version) => catalog.package(appId, version),
    services: platformServices({ catalog, memory, pay, cards: trust }),
  });
  const remote = new RemoteServices({ store, clock: config.clock });
  const tools = new LiveTools(catalog, { extra: remote, derive: (pkg) => analysisOf(pkg).derived });
  const orchestrator = new Orchestrator({
    tools, runtime, trust, pay, memory, remote, sessions: new SessionStore(store, options.feed ?? new StoreSessionFeed(store)), clock: config.clock,
    planner: options.planner ?? plannerFor(config),
  });
  const accounts = new Accounts({ store, clock: config.clock });
  const clients = new AgentClients({ store, clock: config.clock });
  const pages = new PageSessions({ runtime, orchestrator, trust, pay, memory });
  return {
    config, store, catalog, runtime, memory, pay, trust, tools, orchestrator, accounts, clients, remote, pages,
    async close() {
      pages.closeAll();
      runtime.dispose();
      await remote.close();
      await trust.flush().catch(() => undefined); // seal the chain before the store goes
      await store.close();
    },
  };
}

/** Opens the store the configuration names (holding an embedded one's folder as `command`), migrates it, and composes the hub. */
export async function openHub(config: HubConfig = loadConfig(), { command }: { command?: string } = {}): Promise<Hub> {
  const store = await openStore(config, command ? { command } : {});
  log.debug({ kind: store.kind }, 'store open');
  return composeHub(config, store);
}
