import { openMemoryStore, type Store } from '../../src/store/index.ts';
import type { ApiDeclaration, MiniProgramPackage } from '../../src/package/index.ts';
import { Runtime, type CallOutcome } from '../../src/runtime/index.ts';
import { skillPackage, memoryServices } from '../../src/runtime/test-support.ts';

export const ATTACK_LIMITS = { memoryLimitBytes: 32 * 2 ** 20, timeLimitMs: 2_500 };

/** What one attack left: its verdict and how the unrelated mini-program fared meanwhile. */
export interface AttackReport {
  attack: string;
  verdict: string;
  neighbourCalls: number;
  neighbourFailures: number;
  neighbourWorstMs: number;
}

const NEIGHBOUR = `
const skill = wx.modelContext.createSkill('skills/menu');
skill.registerAPI('ping', async () => ({ content: [{ type: 'text', text: 'pong ' + (wx.getStorageSync('n') || 0) }] }));
`;

/**
 * A runtime with a hostile mini-program and an unrelated one; `underAttack` runs an attack while
 * the unrelated one is called every 100 ms, and records how long it waited at worst.
 */
export class AttackBench {
  readonly reports: AttackReport[] = [];
  store!: Store;
  runtime!: Runtime;

  constructor(private readonly hostile: string, private readonly apis: string[], private readonly declared: Record<string, Partial<ApiDeclaration>> = {}) {}

  async open(): Promise<void> {
    this.store = await openMemoryStore();
    const packages: Record<string, MiniProgramPackage> = {
      hostile: skillPackage('hostile', [{ path: 'skills/evil', files: { 'index.js': this.hostile }, apis: [...this.apis.map((name) => ({ name })), ...Object.entries(this.declared).map(([name, api]) => ({ name, ...api }))] }]),
      neighbour: skillPackage('neighbour', [{ path: 'skills/menu', files: { 'index.js': NEIGHBOUR }, apis: [{ name: 'ping' }] }]),
    };
    this.runtime = new Runtime({
      store: this.store, services: memoryServices(), limits: ATTACK_LIMITS,
      resolve: async (appId) => ({ version: 'v1', pkg: packages[appId]! }),
    });
    await this.neighbour(); // warm
  }

  neighbour(): Promise<CallOutcome> {
    return this.runtime.call({ appId: 'neighbour', api: 'ping', arguments: {}, userId: 'someone-else' });
  }

  call(api: string, userId = 'attacker', args: Record<string, unknown> = {}): Promise<CallOutcome> {
    return this.runtime.call({ appId: 'hostile', api, arguments: args, userId });
  }

  /** Runs `attack`, pinging the neighbour every 100 ms until it ends; records the verdict `judge` gives. */
  async underAttack<T>(name: string, attack: () => Promise<T>, judge: (result: T) => string): Promise<{ result: T; report: AttackReport }> {
    const latencies: number[] = [];
    let failures = 0;
    let running = true;
    const pinger = (async () => {
      while (running) {
        const started = performance.now();
        const out = await this.neighbour();
        latencies.push(performance.now() - started);
        if (out.kind !== 'result' || out.envelope.isError || !out.envelope.content[0]?.text.startsWith('pong')) failures++;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const result = await attack();
    running = false;
    await pinger;
    const report: AttackReport = { attack: name, verdict: judge(result), neighbourCalls: latencies.length, neighbourFailures: failures, neighbourWorstMs: Math.round(Math.max(0, ...latencies)) };
    this.reports.push(report);
    return { result, report };
  }

  async close(): Promise<void> {
    this.runtime.dispose();
    await this.store.close();
    console.log(['attack suite — verdicts and the unrelated mini-program meanwhile (called every 100 ms):',
      ...this.reports.map((r) => `  ${r.attack}: ${r.verdict}; neighbour ${r.neighbourCalls} calls, ${r.neighbourFailures} failed, worst ${r.neighbourWorstMs} ms`)].join('\n'));
  }
}

/** The text of an outcome, and whether it is an isError result. */
export function outcomeText(outcome: CallOutcome): { isError: boolean; text: string } {
  if (outcome.kind !== 'result') return { isError: true, text: outcome.kind };
  return { isError: outcome.envelope.isError, text: outcome.envelope.content.map((c) => c.text).join('\n') };
}
