import { AgentOsError, plainCopy, type Clock } from '../core/index.ts';
import type { ApiDeclaration, ApiExample, MiniProgramPackage, SkillSource } from '../package/index.ts';
import type { Locks, Store } from '../store/index.ts';
import { callBridge, hubNow, type CallState, type HubNow } from './call-host.ts';
import { errorEnvelope, invalidArguments, readEnvelope, say } from './envelope.ts';
import { componentFiles, expiredBy, readCardOutput, renderComponent, type CardMount, type CardViewRequests } from './card.ts';
import { jsonProblem } from './json-limits.ts';
import { readFollowUp, type FollowUp } from './follow-up.ts';
import { scratchServices } from './review-services.ts';
import type { UiNode } from './wxml/index.ts';
import { PageSession, type PageAccess, type PageSessionOptions } from './page/index.ts';
import { PageOperator } from './operator/index.ts';
import { RealmPool } from './realm-pool.ts';
import { createRealm, type RealmPlacement, type SandboxRealm } from './sandbox/realm.ts';
import { checkAgainst } from './schemas.ts';
import { CallStorage, loadStorages, loadStoragesEagerly, saveStorages, SHARED_STORAGE_USER } from './storage.ts';
import type { OperatorPlan } from '../analyzer/index.ts';
import type {
  ApiEnvelope, CallOutcome, CallRequest, PackageResolver, PlatformServices, SandboxLimits, SkillInspection,
} from './types.ts';

export interface RuntimeOptions {
  store: Store;
  services: PlatformServices;
  resolve: PackageResolver;
  limits: SandboxLimits;
  /** Warm realms kept (one per mini-program version and user). */
  maxRealms?: number;
  /** The hub's clock; sandboxed `Date` follows it. */
  clock?: Clock;
  /** Where realms run: sandbox threads (the default, always in the hub); `in-process` exists only for the benchmark's comparison. */
  placement?: RealmPlacement;
}

/**
 * Runs mini-program APIs in the sandbox: validates arguments, loads the user's storage,
 * runs the skill's middleware and handler in a QuickJS realm, checks the envelope, writes
 * storage back. A third party's failure is an isError result, never the hub's crash.
 */
export class Runtime {
  readonly #options: RuntimeOptions;
  readonly #pool: RealmPool;
  /** A mini-program's storage (each user's and its shared state) is changed by one call at a time, across processes. */
  readonly #appLocks: Locks;
  readonly #domains = new Map<string, { at: number; domains: string[] }>();

  readonly #now: HubNow;
  #operator: PageOperator | undefined;

  constructor(options: RuntimeOptions) {
    this.#options = options;
    this.#appLocks = options.store.locks('storage');
    this.#now = hubNow(options.clock);
    this.#pool = new RealmPool(options.limits, options.maxRealms, options.placement);
  }

  /** Calls one API of an approved mini-program version for a user. */
  async call(request: CallRequest): Promise<CallOutcome> {
    const { version, pkg } = await this.#options.resolve(request.appId, request.version);
    const found = findApi(pkg, request.api);
    if (!found) {
      throw new AgentOsError('NOT_FOUND', `${request.appId} has no API named ${request.api}`, {
        fix: `call one of: ${pkg.skills.flatMap((s) => s.apis.map((a) => a.name)).join(', ') || '(no APIs)'}`,
      });
    }
    const { skill, api } = found;
    const started = performance.now();
    const args = plainCopy(request.arguments ?? {});
    const base = { kind: 'result' as const, appId: request.appId, version, skill: skill.path, api: api.name, orders: [], scopesRead: [] };
    const invalid = checkAgainst(api.inputSchema, args, 'arguments');
    if (invalid) {
      return { ...base, envelope: errorEnvelope(invalidArguments(api.name, invalid, request.locale ?? 'zh_CN')), durationMs: performance.now() - started };
    }
    return this.#appLocks.run(request.appId, async () => {
      const { store } = this.#options;
      const [{ user: userStorage, shared: sharedStorage }, allowedDomains] = await Promise.all([
        this.#loadStorages(request.appId, request.userId),
        this.#allowedDomains(request.appId),
      ]);
      const state: CallState = {
        identity: { appId: request.appId, version, userId: request.userId, skill: skill.path, ...(request.sessionId ? { sessionId: request.sessionId } : {}) },
        pkg, api: api.name, mode: request.mode ?? 'api', ...(request.cardWithOrders ? { cardWithOrders: true } : {}), userStorage, sharedStorage,
        grants: request.grants ?? {}, services: this.#options.services, allowedDomains,
        locale: request.locale ?? 'zh_CN', orders: [], scopesRead: [], toasts: [], now: this.#now,
      };
      const envelope = await this.#invoke(state, skill, api, args);
      // A call that did not finish changes nothing: its storage is not written, and the orders it created are withdrawn.
      if (!envelope.ok || state.consentNeeded) await this.#withdrawOrders(state, envelope.ok ? 'consent' : 'failed');
      if (state.consentNeeded) {
        return { kind: 'consent-required' as const, appId: request.appId, api: api.name, scope: state.consentNeeded };
      }
      if (envelope.ok) await saveStorages(store, request.appId, [[request.userId, userStorage], [SHARED_STORAGE_USER, sharedStorage]]);
      return {
        ...base, orders: envelope.ok ? state.orders : [], scopesRead: state.scopesRead, envelope: envelope.envelope, durationMs: performance.now() - started,
        ...(state.expiredCards?.length ? { expiredCards: state.expiredCards } : {}),
      };
    });
  }

  /** Cancels the orders a call created, which it will not hand over: it failed, or it waits for consent and runs again. */
  async #withdrawOrders(state: CallState, why: 'failed' | 'consent'): Promise<void> {
    const reason = why === 'failed' ? `${state.api} failed after creating it` : `${state.api} stopped to ask for consent; it runs again once answered`;
    for (const order of state.orders) await this.#options.services.cancelOrder(state.identity, order.orderId, reason);
  }

  async #invoke(state: CallState, skill: SkillSource, api: ApiDeclaration, args: Record<string, unknown>): Promise<{ ok: boolean; envelope: ApiEnvelope }> {
    const key = `${state.identity.appId}@${state.identity.version}#${state.identity.userId}`;
    let realm: SandboxRealm;
    try {
      realm = await this.#pool.get(key, state.identity.appId, (r) => this.#initRealm(r, state.pkg, state));
    } catch (error) {
      return { ok: false, envelope: errorEnvelope(say(state.locale, `${state.identity.appId} 加载失败：${message(error)}（小程序的缺陷，需开发者修复）`, `${state.identity.appId} failed to load: ${message(error)} (mini-program bug; the developer must fix the package)`)) };
    }
    const outcome = await realm.invoke('invoke', [skill.path, api.name, JSON.stringify(args)], callBridge(state), this.#options.limits.timeLimitMs);
    if (realm.poisoned) this.#pool.drop(key, realm);
    if (!outcome.ok) {
      const what = outcome.kind === 'timeout' ? 'timed out' : outcome.kind === 'memory' ? 'ran out of memory' : 'failed';
      return { ok: false, envelope: errorEnvelope(`${state.identity.appId}.${api.name} ${what}: ${outcome.error}. Nothing was changed; try again later or use another service.`) };
    }
    const { parsed, envelope } = readEnvelope(outcome.json, api, { pkg: state.pkg, ...(state.locale ? { locale: state.locale } : {}) });
    return { ok: parsed, envelope };
  }

  /** Loads app.js (when present) and every skill's index.js into a fresh realm. */
  async #initRealm(realm: SandboxRealm, pkg: MiniProgramPackage, state: CallState): Promise<void> {
    const entries = [...(pkg.appJs !== undefined ? ['app.js'] : []), ...pkg.skills.map((s) => s.entry)];
    const loadState: CallState = { ...state, mode: 'inspect', userStorage: new CallStorage([]), sharedStorage: new CallStorage([]), orders: [], scopesRead: [], toasts: [] };
    const script = `Promise.resolve().then(function () { ${entries.map((e) => `__agentos.require(${JSON.stringify(e)});`).join(' ')} return 'ok'; })`;
    const outcome = await realm.run(script, callBridge(loadState), this.#options.limits.timeLimitMs);
    if (!outcome.ok) throw new Error(outcome.error);
  }

  /** Runs each skill's index.js in a scratch realm and reports what it registered (for review). */
  async inspectSkills(pkg: MiniProgramPackage, userId = 'agentos-review'): Promise<SkillInspection[]> {
    const results: SkillInspection[] = [];
    const realm = await this.#scratchRealm(pkg);
    try {
      const state = this.#scratchState(pkg, userId, 'inspect');
      for (const skill of pkg.skills) {
        const outcome = await realm.run(
          `Promise.resolve().then(function () { __agentos.require(${JSON.stringify(skill.entry)}); return 'ok'; })`,
          callBridge({ ...state, identity: { ...state.identity, skill: skill.path } }),
          this.#options.limits.timeLimitMs,
        );
        if (!outcome.ok) results.push({ skill: skill.path, registered: [], middlewareCount: 0, error: outcome.error });
        if (realm.poisoned) break;
      }
      if (!realm.poisoned) {
        const listed = await realm.run('Promise.resolve(__agentos.inspect())', callBridge(state), this.#options.limits.timeLimitMs);
        if (listed.ok) {
          for (const entry of JSON.parse(listed.json) as SkillInspection[]) {
            if (!results.some((r) => r.skill === entry.skill)) results.push(entry);
          }
        }
      }
      for (const skill of pkg.skills) {
        if (!results.some((r) => r.skill === skill.path)) {
          results.push({ skill: skill.path, registered: [], middlewareCount: 0, error: `${skill.entry} never called wx.modelContext.createSkill('${skill.path}')` });
        }
      }
      return results;
    } finally {
      realm.dispose();
    }
  }

  /** Runs one contract example on a package under review, on scratch storage that is thrown away. */
  async runExample(pkg: MiniProgramPackage, skillPath: string, apiName: string, example: ApiExample): Promise<{ ok: true; envelope: ApiEnvelope } | { ok: false; error: string }> {
    const found = findApi(pkg, apiName);
    if (!found || found.skill.path !== skillPath) return { ok: false, error: `no API ${apiName} in ${skillPath}` };
    const args = structuredClone(example.arguments);
    const invalid = checkAgainst(found.api.inputSchema, args, 'arguments');
    if (invalid) return { ok: false, error: `example arguments do not match the inputSchema: ${invalid}` };
    let realm: SandboxRealm;
    try {
      realm = await this.#scratchRealm(pkg);
    } catch (error) {
      return { ok: false, error: message(error) };
    }
    try {
      const state = { ...this.#scratchState(pkg, 'agentos-review', 'api'), services: scratchServices() };
      for (const [k, v] of Object.entries(example.storage ?? {})) state.userStorage.set(k, v);
      state.identity.skill = skillPath;
      await this.#initRealm(realm, pkg, state);
      const outcome = await realm.run(
        `__agentos.invoke(${JSON.stringify(skillPath)}, ${JSON.stringify(apiName)}, ${JSON.stringify(JSON.stringify(args))})`,
        callBridge(state),
        this.#options.limits.timeLimitMs,
      );
      if (!outcome.ok) return { ok: false, error: outcome.error };
      return { ok: true, envelope: readEnvelope(outcome.json, found.api, { pkg }).envelope };
    } catch (error) {
      return { ok: false, error: message(error) };
    } finally {
      realm.dispose();
    }
  }

  /** A throwaway realm for a package under review, charged to that package's share. */
  #scratchRealm(pkg: MiniProgramPackage): Promise<SandboxRealm> {
    return createRealm(this.#options.limits, pkg.appId ?? pkg.sourceName, this.#options.placement);
  }

  #scratchState(pkg: MiniProgramPackage, userId: string, mode: CallState['mode']): CallState {
    const appId = pkg.appId ?? pkg.sourceName;
    return {
      identity: { appId, version: pkg.hash.slice(0, 12), userId, skill: '' }, pkg, api: '', mode,
      userStorage: new CallStorage([]), sharedStorage: new CallStorage([]),
      grants: { 'scope.address': 'granted', 'scope.phoneNumber': 'granted', 'scope.realname': 'granted', 'scope.passengers': 'granted', 'scope.userLocation': 'granted' },
      services: this.#options.services, allowedDomains: [], locale: 'zh_CN', orders: [], scopesRead: [], toasts: [], now: this.#now,
    };
  }

  /** Keys and sizes; values on first read (a realm on this thread, the benchmark's comparison, cannot wait: it gets them all). */
  #loadStorages(appId: string, userId: string): Promise<{ user: CallStorage; shared: CallStorage }> {
    const load = this.#options.placement === 'in-process' ? loadStoragesEagerly : loadStorages;
    return load(this.#options.store, appId, userId);
  }

  async #allowedDomains(appId: string): Promise<string[]> {
    const cached = this.#domains.get(appId);
    if (cached && Date.now() - cached.at < 5_000) return cached.domains;
    const rows = await this.#options.store.query<{ allowed_domains: string[] }>('SELECT allowed_domains FROM app_settings WHERE app_id = $1', [appId]);
    const domains = rows[0]?.allowed_domains ?? [];
    this.#domains.set(appId, { at: Date.now(), domains });
    return domains;
  }

  /**
   * Renders the card bound to an API with its result: the component's JS runs in the
   * user's realm (its `result` listener and `setData`), then its WXML becomes the neutral tree.
   */
  async renderCard(request: CardRequest): Promise<{ tree: UiNode[]; text: string } & CardViewRequests> {
    const { version, pkg } = await this.#options.resolve(request.appId, request.version);
    const files = componentFiles(pkg, request.componentPath);
    if (!files) throw new AgentOsError('NOT_FOUND', `${request.appId} has no component ${request.componentPath}`);
    // A card without a script renders its WXML straight from the result.
    if (!files.js) return renderComponent(pkg, files, { result: request.result });
    const state = this.#cardState(pkg, request, version, 'inspect');
    const json = await this.#runCard(state, pkg, 'renderCard', [files.js, JSON.stringify(request.result), mountOptions(request, pkg)], `the card ${request.componentPath} of ${request.appId} failed`);
    const { data, requests } = readCardOutput(pkg, request.componentPath, json);
    return { ...renderComponent(pkg, files, data), ...requests };
  }

  /**
   * A user's tap on a card: its handler runs in tap mode in the user's realm; what it sends up
   * comes back as the user's follow-up (text, and an API of the same skill to call), with what
   * it told the model (`updateModelContext`) and the page it opened (`openDetailPage`).
   */
  async tapCard(request: CardRequest & { handler: string; event: unknown }): Promise<{ followUp?: FollowUp; contextUpdates: string[]; expired?: string; tree: UiNode[]; text: string } & CardViewRequests> {
    const { version, pkg } = await this.#options.resolve(request.appId, request.version);
    const files = componentFiles(pkg, request.componentPath);
    if (!files?.js) throw new AgentOsError('NOT_FOUND', `${request.appId} has no card script at ${request.componentPath}`);
    const expired = expiredBy(pkg, request.componentPath, request.expiredBy ?? []);
    if (expired) return { ...(await this.renderCard(request)), contextUpdates: [], expired: expired.expiredText };
    const state = this.#cardState(pkg, request, version, 'tap');
    const args = [files.js, JSON.stringify(request.result), request.handler, JSON.stringify(request.event ?? {}), mountOptions(request, pkg)];
    const json = await this.#runCard(state, pkg, 'tapCard', args, `the card ${request.componentPath} of ${request.appId} failed on a tap`);
    const { data, requests } = readCardOutput(pkg, request.componentPath, json);
    const rendered = { ...renderComponent(pkg, files, data), ...requests, contextUpdates: readContextUpdates(state.contextUpdates) };
    const followUp = state.followUps?.map(readFollowUp).find(Boolean);
    return followUp ? { ...rendered, followUp } : rendered;
  }

  /** A card runs for the user, with no consent granted (it must not read the user's data) and no storage written back. */
  #cardState(pkg: MiniProgramPackage, request: CardRequest, version: string, mode: CallState['mode']): CallState {
    const { appId, userId, sessionId } = request;
    return { ...this.#scratchState(pkg, userId, mode), grants: {}, identity: { appId, version, userId, skill: '', ...(sessionId ? { sessionId } : {}) } };
  }

  /** Calls a card entry point (`renderCard`, `tapCard`) in the user's warm realm; a realm that hit a limit is dropped. */
  async #runCard(state: CallState, pkg: MiniProgramPackage, entry: string, args: string[], failure: string): Promise<string> {
    const { appId, version, userId } = state.identity;
    return this.#appLocks.run(appId, async () => {
      const key = `${appId}@${version}#${userId}`;
      const realm = await this.#pool.get(key, appId, (r) => this.#initRealm(r, pkg, state));
      const outcome = await realm.invoke(entry, args, callBridge(state), this.#options.limits.timeLimitMs);
      if (realm.poisoned) this.#pool.drop(key, realm);
      if (!outcome.ok) throw new AgentOsError('SANDBOX_ERROR', `${failure}: ${outcome.error}`);
      const problem = jsonProblem(outcome.json, 'the card data');
      if (problem) throw new AgentOsError('SANDBOX_ERROR', `${failure}: ${problem}`);
      return outcome.json;
    });
  }

  /** Writes keys into a mini-program's storage for a user (data the user brought earlier, imports). */
  async seedStorage(appId: string, userId: string, values: Record<string, unknown>): Promise<void> {
    const storage = new CallStorage([]);
    for (const [k, v] of Object.entries(values)) storage.set(k, v);
    await this.#appLocks.run(appId, () => saveStorages(this.#options.store, appId, [[userId, storage]]));
  }

  /** Carries out a tool automatic mode derived, on the mini-program's pages (src/runtime/operator). */
  operate(request: CallRequest, plan: OperatorPlan): Promise<CallOutcome> {
    this.#operator ??= new PageOperator((options) => this.openPages(options), this.#options.services);
    return this.#operator.call(request, plan);
  }

  /** Opens the mini-program view of an approved mini-program for a user (src/runtime/page). */
  openPages(options: PageSessionOptions): PageSession {
    return new PageSession(this.pageAccess(), options);
  }

  /** What a page session needs: the package, limits, services, and storage under the app's lock. */
  pageAccess(): PageAccess {
    const { store } = this.#options;
    return {
      resolve: this.#options.resolve, limits: this.#options.limits, services: this.#options.services, now: this.#now,
      withStorage: (appId, userId, fn) => this.#appLocks.run(appId, async () => {
        const [{ user, shared }, allowedDomains] = await Promise.all([this.#loadStorages(appId, userId), this.#allowedDomains(appId)]);
        const { commit, value } = await fn({ user, shared, allowedDomains });
        if (commit) await saveStorages(store, appId, [[userId, user], [SHARED_STORAGE_USER, shared]]);
        return value;
      }),
    };
  }

  /** Forgets cached settings (after an operator changes them). */
  invalidate(appId: string): void {
    this.#domains.delete(appId);
  }

  dispose(): void {
    this.#operator?.dispose();
    this.#pool.dispose();
  }
}

/** A card of an API's result, for a user (and the conversation it is shown in). */
export interface CardRequest extends CardMount {
  appId: string;
  version?: string;
  userId: string;
  sessionId?: string;
  componentPath: string;
  result: ApiEnvelope;
}

/** What the sandbox mounts the card with: the call's arguments, and `Expire` when a later filter expired it. */
function mountOptions(request: CardMount, pkg: MiniProgramPackage): string {
  const expired = expiredBy(pkg, (request as CardRequest).componentPath, request.expiredBy ?? []);
  return JSON.stringify({ arguments: request.arguments ?? {}, ...(expired ? { expired } : {}) });
}

/** The texts a tap told the model through `updateModelContext({ content: [{ type: 'text', text }] })`. */
function readContextUpdates(updates: unknown[] | undefined): string[] {
  return (updates ?? []).flatMap((u) => ((u as { content?: { text?: unknown }[] })?.content ?? []).map((c) => c?.text).filter((t): t is string => typeof t === 'string' && t !== ''));
}

export function findApi(pkg: MiniProgramPackage, name: string): { skill: SkillSource; api: ApiDeclaration } | undefined {
  for (const skill of pkg.skills) {
    const api = skill.apis.find((a) => a.name === name);
    if (api) return { skill, api };
  }
  return undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
