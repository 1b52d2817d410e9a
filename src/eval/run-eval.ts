import { fixedClock, loadConfig, type HubConfig } from '../core/index.ts';
import { composeHub, type Hub } from '../hub/index.ts';
import { seedEcosystem } from '../ecosystem/index.ts';
import { installExtraPackages } from './extra-packages.ts';
import type { Planner } from '../orchestrator/index.ts';
import { openMemoryStore, type PgliteStore } from '../store/index.ts';
import { failureKind } from './failure-kind.ts';
import { placesIn, type PackagePlaces } from './package-places.ts';
import { passHatK } from './pass-k.ts';
import { namedPagesOnly, pagesOnlyNames } from './pages-only.ts';
import type { Scenario } from './scenario.ts';
import { simulate, type ScenarioOutcome } from './simulate.ts';

export interface EvalReport {
  passRate: number;
  passK: number;
  k: number;
  seconds: number;
  scenarios: (Omit<ScenarioOutcome, 'events' | 'replies'> & { runs: number; passes: number; replies: string[]; needs?: string; kind?: string })[];
}

export interface EvalOptions {
  k?: number;
  planner?: () => Planner;
  config?: Partial<HubConfig>;
  onProgress?: (done: number, total: number, outcome: ScenarioOutcome) => void;
  /** Package folders (or archives) installed, reviewed and approved beside the sample ecosystem. */
  packages?: string[];
}

/** A migrated store holding the sample ecosystem and users: each scenario starts from a copy. */
export async function ecosystemTemplate(config: HubConfig, packages: string[] = []): Promise<PgliteStore> {
  const store = await openMemoryStore();
  const hub = composeHub(config, store, { planner: { name: 'local', next: async () => ({ type: 'reply', text: '', awaitUser: false }) } });
  try {
    await seedEcosystem(hub);
    await installExtraPackages(hub, packages);
  } catch (error) {
    hub.runtime.dispose();
    await store.close();
    throw error;
  }
  hub.runtime.dispose();
  return store;
}

/** Runs every scenario k times, each on a fresh hub (a copy of the template) with its own clock. */
export async function runEval(scenarios: Scenario[], options: EvalOptions = {}): Promise<EvalReport> {
  const started = performance.now();
  const k = options.k ?? 1;
  const base: HubConfig = { ...loadConfig(), ...options.config, seedEcosystem: false };
  const template = await ecosystemTemplate(base, options.packages);
  const { callable, pagesOnly, places } = await appsByMode(template, base);
  const results: EvalReport['scenarios'] = [];
  let done = 0;
  for (const scenario of scenarios) {
    const runs: ScenarioOutcome[] = [];
    for (let i = 0; i < k; i++) {
      const outcome = await runOne(template, base, scenario, options.planner);
      runs.push(outcome);
      options.onProgress?.(++done, scenarios.length * k, outcome);
    }
    const first = runs.find((r) => !r.pass) ?? runs[0]!;
    const { events: _events, ...rest } = first;
    const pass = runs.every((r) => r.pass);
    const expected = [...scenario.expect.paid, ...(scenario.expect.refunded ?? [])].map((p) => p.merchant);
    const waiting = [...expected, ...namedPagesOnly(scenario.say, pagesOnly)].filter((m) => !callable.has(m));
    const needs = !pass && waiting.length ? `automatic mode (${[...new Set(waiting)].join(', ')}: pages only, no skill)` : undefined;
    const kind = failureKind(scenario, first, places);
    results.push({ ...rest, pass, runs: k, passes: runs.filter((r) => r.pass).length, ...(kind ? { kind } : {}), ...(needs ? { needs, reason: `needs ${needs}; ${rest.reason ?? ''}` } : {}) });
  }
  await template.close();
  const runs = results.map((r) => ({ passes: r.passes, trials: r.runs }));
  return {
    passRate: results.length ? runs.reduce((s, r) => s + r.passes / r.trials, 0) / results.length : 0,
    passK: passHatK(runs, k), k, seconds: (performance.now() - started) / 1000, scenarios: results,
  };
}

/** The mini-programs the assistant can call (at least one live tool), the names the others know, and where a text stands in their packages. */
async function appsByMode(template: PgliteStore, config: HubConfig): Promise<{ callable: Set<string>; pagesOnly: Map<string, string[]>; places: PackagePlaces }> {
  const hub = composeHub(config, template, { planner: { name: 'local', next: async () => ({ type: 'reply', text: '', awaitUser: false }) } });
  await hub.tools.refresh();
  const callable = new Set(hub.tools.apps().filter((a) => hub.tools.toolsOf(a.appId).length > 0).map((a) => a.appId));
  const pagesOnly = await pagesOnlyNames(hub, callable);
  const packages = new Map(await Promise.all([...callable].map(async (appId) => [appId, (await hub.catalog.package(appId, undefined, { anyStatus: true })).pkg] as const)));
  hub.runtime.dispose();
  return { callable, pagesOnly, places: placesIn(packages) };
}

async function runOne(template: PgliteStore, base: HubConfig, scenario: Scenario, planner?: () => Planner): Promise<ScenarioOutcome> {
  const store = await template.clone();
  const config: HubConfig = { ...base, clock: fixedClock(scenario.now, 'Asia/Shanghai') };
  const hub: Hub = composeHub(config, store, planner ? { planner: planner() } : {});
  try {
    const user = await hub.memory.user(scenario.user);
    return await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: user.lang === 'en' ? 'en' : 'zh' }, scenario);
  } catch (error) {
    const text = `the hub failed: ${(error as Error).message}`;
    return { id: scenario.id, pass: false, reason: text, failure: { check: 'hub-failed', text }, paid: [], refunded: [], violations: [], replies: [], userTurns: 0, events: [] };
  } finally {
    await hub.close();
  }
}
