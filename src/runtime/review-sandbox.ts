import type { Clock } from '../core/index.ts';
import type { ApiExample, MiniProgramPackage } from '../package/index.ts';
import { noStore } from '../store/index.ts';
import { PageSession, type PageAccess } from './page/index.ts';
import { hubNow, type HubNow } from './call-host.ts';
import { scratchServices } from './review-services.ts';
import { Runtime } from './runtime.ts';
import { CallStorage } from './storage.ts';
import type { ApiEnvelope, SandboxLimits, SkillInspection } from './types.ts';

/** Review never touches the store: a package under review has no storage, no orders, no users. */
const NO_STORE = noStore('review runs without a store');

const REVIEW_APP = 'agentos-review';
const REVIEW_USER = 'agentos-review';

/**
 * The sandbox review runs a package in before anyone installs it: skills inspected, examples
 * called, cards mounted with the examples' results, every page opened once — all on scratch
 * services and throwaway storage, in realms that serve nothing else. `agentos lint` and install
 * use the same one, so both tell the same truth.
 */
export class ReviewSandbox {
  readonly #pkg: MiniProgramPackage;
  readonly #limits: SandboxLimits;
  readonly #now: HubNow;
  readonly #runtime: Runtime;
  #pages: PageSession | undefined;

  constructor(pkg: MiniProgramPackage, limits: SandboxLimits, clock?: Clock) {
    this.#pkg = pkg;
    this.#limits = limits;
    this.#now = hubNow(clock);
    this.#runtime = new Runtime({
      store: NO_STORE, services: scratchServices(), limits, maxRealms: 2,
      resolve: async () => ({ version: 'review', pkg }), ...(clock ? { clock } : {}),
    });
  }

  inspectSkills(): Promise<SkillInspection[]> {
    return this.#runtime.inspectSkills(this.#pkg);
  }

  runExample(skill: string, api: string, example: ApiExample): Promise<{ ok: true; envelope: ApiEnvelope } | { ok: false; error: string }> {
    return this.#runtime.runExample(this.#pkg, skill, api, example);
  }

  /** Mounts a card with a result as a user's chat would; throws what the card threw. */
  async renderCard(componentPath: string, result: ApiEnvelope): Promise<void> {
    await this.#runtime.renderCard({ appId: REVIEW_APP, userId: REVIEW_USER, componentPath, result });
  }

  /**
   * Opens one page as a person opening it from the entrance: the mini-program launches once
   * (app.js) and each page opens on a fresh page stack, as WeChat's reLaunch does.
   */
  async openPage(path: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
    this.#pages ??= new PageSession(this.#pageAccess(), { appId: REVIEW_APP, userId: REVIEW_USER });
    try {
      const outcome = await this.#pages.open(path);
      if (outcome.kind === 'error') return { ok: false, error: outcome.error };
      return { ok: true, text: outcome.state.text };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  #pageAccess(): PageAccess {
    return {
      resolve: async () => ({ version: 'review', pkg: this.#pkg }),
      limits: this.#limits,
      services: scratchServices(),
      now: this.#now,
      withStorage: async (_appId, _userId, fn) => (await fn({ user: new CallStorage([]), shared: new CallStorage([]), allowedDomains: [] })).value,
    };
  }

  dispose(): void {
    this.#pages?.close();
    this.#runtime.dispose();
  }
}
