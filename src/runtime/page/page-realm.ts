import { createRealm, type SandboxRealm } from '../sandbox/realm.ts';
import { jsonProblem } from '../json-limits.ts';
import type { HostBridge } from '../sandbox/host-bridge.ts';
import type { SandboxLimits } from '../types.ts';
import type { ComponentInfo, PageConfig } from './page-view.ts';
import type { ModalView, PendingPayment } from './types.ts';

/** One page of the stack as the sandbox reports it. */
export interface StackEntry {
  id: number;
  route: string;
  query: Record<string, string>;
  title: string;
  data: Record<string, unknown>;
}

/** What an interaction left: the pages, what the page waits on, and what went wrong. */
export interface RealmReport {
  errors: string[];
  warnings: string[];
  stack: StackEntry[];
  payment: PendingPayment | null;
  modal: ModalView | null;
  components: Record<string, ComponentInfo>;
}

export const EMPTY_REPORT: RealmReport = { errors: [], warnings: [], stack: [], payment: null, modal: null, components: {} };

/**
 * The realm of one page session. A realm stopped by a limit is thrown away; the next
 * interaction gets a fresh one with the pages rebuilt from what the host last saw, so a
 * hostile page never leaves the session unusable.
 */
export class PageRealm {
  readonly #limits: SandboxLimits;
  readonly #config: string;
  readonly #owner: string;
  #realm: SandboxRealm | undefined;
  #committed = false;

  constructor(limits: SandboxLimits, config: PageConfig, owner: string) {
    this.#limits = limits;
    this.#owner = owner;
    this.#config = JSON.stringify(config);
  }

  /** The sandbox's page config, as a JS string literal for a script. */
  get configLiteral(): string {
    return JSON.stringify(this.#config);
  }

  /** Runs an interaction script (one of `__agentos.page.*`) and reads its report. */
  async run(expression: string, bridge: HostBridge, restoreFrom: StackEntry[]): Promise<{ ok: true; report: RealmReport } | { ok: false; error: string }> {
    if (this.#realm?.poisoned) this.dispose(); // let go by the sandbox (memory budget, a replaced thread)
    if (!this.#realm) {
      let realm: SandboxRealm;
      try {
        realm = await createRealm(this.#limits, this.#owner);
      } catch (error) {
        return { ok: false, error: `the page could not start: ${error instanceof Error ? error.message : String(error)}` };
      }
      this.#realm = realm;
      this.#committed = false;
      if (restoreFrom.length > 0) {
        const restored = await realm.run(`__agentos.page.restore(${this.configLiteral}, ${JSON.stringify(JSON.stringify(restoreFrom))})`, bridge, this.#limits.timeLimitMs);
        if (!restored.ok) {
          this.dispose();
          return { ok: false, error: `the pages could not be restored: ${restored.error}` };
        }
        this.#committed = true;
      }
    }
    const realm = this.#realm;
    const started = Date.now();
    const outcome = await realm.run(expression, bridge, this.#limits.timeLimitMs);
    if (outcome.ok && Date.now() - started >= this.#limits.timeLimitMs) {
      // The interrupt hit code whose error nobody sees (a callback); the time is up all the same.
      this.dispose();
      return { ok: false, error: `the page was stopped: it ran past its time limit of ${this.#limits.timeLimitMs} ms` };
    }
    if (!outcome.ok) {
      if (realm.poisoned) this.dispose();
      const what = outcome.kind === 'timeout' ? 'was stopped: it ran past its time limit' : outcome.kind === 'memory' ? 'ran out of memory' : 'failed';
      return { ok: false, error: `the page ${what} (${outcome.error})` };
    }
    const problem = jsonProblem(outcome.json, 'the page data', 4 * 1024 * 1024);
    if (problem) {
      this.dispose();
      return { ok: false, error: `the page failed (${problem})` };
    }
    let report: RealmReport;
    try {
      report = JSON.parse(outcome.json) as RealmReport;
    } catch {
      return { ok: false, error: 'the page reported something that is not JSON' };
    }
    // Page code can catch QuickJS's own limit errors; the realm is not to be trusted after one.
    const limit = report.errors.find((e) => /(^|: )(InternalError: )?(interrupted|out of memory|stack overflow)$/.test(e));
    if (limit) {
      this.dispose();
      const what = /interrupted/.test(limit) ? 'was stopped: it ran past its time limit' : 'ran out of memory';
      return { ok: false, error: `the page ${what} (${limit})` };
    }
    return { ok: true, report };
  }

  /**
   * Keeps what the interaction did (the realm already holds it: each interaction keeps the pages
   * it started from), or puts the pages back as they were before it.
   */
  async finish(commit: boolean, bridge: HostBridge): Promise<void> {
    const realm = this.#realm;
    if (!realm) return;
    if (commit) {
      this.#committed = true;
      return;
    }
    if (!this.#committed) {
      this.dispose(); // nothing was ever shown: start the next open from scratch
      return;
    }
    const done = await realm.run('Promise.resolve(__agentos.page.rollback())', bridge, this.#limits.timeLimitMs);
    if (!done.ok) this.dispose();
  }

  dispose(): void {
    this.#realm?.dispose();
    this.#realm = undefined;
  }
}
