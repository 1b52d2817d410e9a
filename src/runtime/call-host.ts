import type { Clock } from '../core/index.ts';
import { consentScopeOf, type MiniProgramPackage } from '../package/index.ts';
import { CallConsole } from './console-log.ts';
import { openIdFor } from './open-id.ts';
import { orderForMiniProgram } from './order-view.ts';
import { originAllowed } from './request-origin.ts';
import { CallAborted, type ClockAnswer, type HostBridge, type ModuleSource } from './sandbox/host-bridge.ts';
import { STORAGE_LIMITS, type CallStorage } from './storage.ts';
import type { CallIdentity, ConsentScope, GrantState, OrderDraft, OrderView, PlatformServices } from './types.ts';

/** Everything one call may touch, and what it did. */
export interface CallState {
  identity: CallIdentity & { skill: string };
  pkg: MiniProgramPackage;
  api: string;
  mode: 'api' | 'system' | 'tap' | 'page' | 'inspect';
  /** The caller asks the user to pay each order on the hub's card: it is written with the order (`CallRequest.cardWithOrders`). */
  cardWithOrders?: boolean;
  /** What a card tap sent up (`sendFollowUpMessage`) and told the model (`updateModelContext`). */
  followUps?: unknown[];
  contextUpdates?: unknown[];
  /** `wx.modelContext.expireAllCards(filter)` calls: each filter as given. */
  expiredCards?: unknown[];
  userStorage: CallStorage;
  sharedStorage: CallStorage;
  grants: Partial<Record<ConsentScope, GrantState>>;
  services: PlatformServices;
  allowedDomains: string[];
  locale: 'zh_CN' | 'en';
  orders: (OrderView & { notifyApi?: string; skill: string; card?: unknown })[];
  scopesRead: ConsentScope[];
  consentNeeded?: ConsentScope;
  toasts: string[];
  /** The call's console (capped, rate-limited), made on first use. */
  console?: CallConsole;
  /** The hub's clock, in milliseconds. */
  now: HubNow;
}

/** The hub's clock in milliseconds; `realTime` as `Clock.realTime` (a sandbox thread then reads it itself). */
export type HubNow = (() => number) & { readonly realTime?: boolean };

/** The `HubNow` of a clock, or of the machine's own when none is given. */
export function hubNow(clock?: Clock): HubNow {
  if (!clock) return Object.assign(() => Date.now(), { realTime: true });
  return Object.assign(() => clock.now().getTime(), { realTime: clock.realTime === true });
}

/**
 * How a sandbox thread answers `now` for one call without asking the hub's thread: a clock
 * that moves with the machine's is sent as its offset from `Date.now()` (the thread adds it to
 * its own reading: the same time asking would give); any other (frozen, set by a test) as its
 * reading at the call's start, which nothing in the call can move.
 */
export function clockAnswer(now: HubNow): ClockAnswer {
  if (!now.realTime) return { at: now() };
  let offset = 0;
  for (let tries = 0; tries < 3; tries++) {
    const before = Date.now();
    offset = now() - before;
    if (Date.now() === before) break; // read within one millisecond: the offset is exact
  }
  return { offset };
}

/** Sync ops without arguments whose answer is the same for the whole call. */
const FIXED_OPS = ['login', 'systemInfo', 'accountInfo', 'mode', 'session'] as const;

/** Serves a call's host ops: storage, identity, the user's data behind consent, money, network. */
export function callBridge(state: CallState): HostBridge {
  const { identity } = state;
  const fixed = (op: string): unknown => {
    switch (op) {
      case 'login': {
        const openid = openIdFor(identity.appId, identity.userId);
        return { code: `code_${openid.slice(1, 13)}`, openid, errMsg: 'login:ok' };
      }
      case 'systemInfo':
        return { platform: 'agentos', system: 'AgentOS', language: state.locale, version: '8.0.0', SDKVersion: '3.6.0', windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, pixelRatio: 2 };
      case 'accountInfo':
        return { miniProgram: { appId: identity.appId, version: identity.version, envVersion: 'release' } };
      case 'mode':
        return state.mode;
      case 'session':
        return identity.sessionId ?? '';
      // Stryker disable next-line all: unreachable: fixed() is asked only the five FIXED_OPS, each with its case
      default:
        return undefined;
    }
  };
  return {
    source: (path) => moduleSource(state.pkg, path),
    known: () => ({
      fixed: Object.fromEntries(FIXED_OPS.map((op) => [op, fixed(op)])),
      clock: clockAnswer(state.now),
      storage: { user: state.userStorage.snapshot(), shared: state.sharedStorage.snapshot(), limits: STORAGE_LIMITS },
    }),
    applyStorage(changes) {
      state.userStorage.apply(changes.user);
      state.sharedStorage.apply(changes.shared);
    },
    sync(op, args) {
      const a = (args ?? {}) as { key?: string; value?: unknown; shared?: boolean; path?: string; level?: string; text?: string };
      const storage = a.shared ? state.sharedStorage : state.userStorage;
      switch (op) {
        case 'storage.get':
          return storage.get(String(a.key));
        case 'storage.set':
          return storage.set(String(a.key), a.value);
        case 'storage.remove':
          return storage.remove(String(a.key));
        case 'storage.clear':
          return storage.clear();
        case 'storage.info':
          return storage.info();
        case 'login':
        case 'systemInfo':
        case 'accountInfo':
        case 'mode':
        case 'session':
          return fixed(op);
        case 'now':
          return state.now();
        case 'console':
          (state.console ??= new CallConsole(identity.appId, state.api)).write(String(a.level), String(a.text));
          return null;
        case 'skill.check': {
          const declared = state.pkg.skills.find((s) => s.path === normalise(String(a.path)));
          if (!declared) throw new Error(`createSkill("${String(a.path)}"): no skill with that path is declared in app.json agent.skills`);
          return declared.path;
        }
        default:
          throw new Error(`wx host operation ${op} is not supported by AgentOS`);
      }
    },
    async async(op, args) {
      const scope = consentScopeOf(op);
      if (scope) return readUserData(state, op, scope, args);
      switch (op) {
        case 'createOrder': {
          if (state.mode === 'inspect') throw new Error('createOrder:fail not available while the package is inspected');
          const order = await state.services.createOrder(state.cardWithOrders ? { ...identity, withCard: true } : identity, args as OrderDraft);
          // Stryker disable next-line OptionalChaining: equivalent: the platform's createOrder has refused a null draft before this line
          const notifyApi = (args as OrderDraft | null)?.notifyApi;
          state.orders.push({ ...order, skill: identity.skill, ...(notifyApi ? { notifyApi } : {}) });
          return orderForMiniProgram(order, identity.appId, identity.userId);
        }
        case 'getOrder': {
          const order = await state.services.getOrder(identity, String((args as { orderId?: unknown })?.orderId));
          if (!order) throw new Error('getOrder:fail no such order of this mini-program');
          return orderForMiniProgram(order, identity.appId, identity.userId);
        }
        case 'refundOrder':
          return state.services.refundOrder(identity, args as { orderId: string; amount?: number; reason?: string });
        case 'request':
          return request(state, args as RequestOptions);
        case 'sendFollowUpMessage':
          (state.followUps ??= []).push(args);
          return { errMsg: 'sendFollowUpMessage:ok' };
        case 'updateModelContext':
          (state.contextUpdates ??= []).push(args);
          return { errMsg: 'updateModelContext:ok' };
        case 'expireAllCards':
          (state.expiredCards ??= []).push(args ?? {});
          return { errMsg: 'expireAllCards:ok' };
        // Stryker disable next-line StringLiteral: equivalent: the default refuses requestPayment too, with the same 'requestPayment:fail' errMsg; only the advice differs
        case 'requestPayment':
          throw new Error('requestPayment:fail on a card, payment goes through the hub\'s confirmation card for the order (it shows once the order is created)');
        case 'showToast':
          state.toasts.push(String((args as { title?: unknown })?.title ?? ''));
          return { errMsg: 'showToast:ok' };
        default:
          // Stryker disable next-line StringLiteral: the advice's wording (a navigation's advice is tested)
          throw new Error(`${op}:fail not available in API code${op.startsWith('navigate') || op === 'redirectTo' ? ' (return a handoff to open a page)' : ''}`);
      }
    },
  };
}

async function readUserData(state: CallState, op: string, scope: ConsentScope, args: unknown): Promise<unknown> {
  const grant = state.grants[scope];
  if (grant === 'denied') throw new Error(`${op}:fail auth deny`);
  if (grant !== 'granted') {
    state.consentNeeded = scope;
    throw new CallAborted(`${op}:fail waiting for the user's consent to ${scope}`);
  }
  if (!state.scopesRead.includes(scope)) state.scopesRead.push(scope);
  const data = await state.services.readUserData(state.identity, scope);
  if (op === 'chooseAddress') {
    const list = (data as { addresses?: Record<string, unknown>[] })?.addresses ?? [];
    const id = (args as { id?: unknown } | null)?.id;
    const chosen = list.find((a) => a.id === id) ?? list[0];
    if (!chosen) throw new Error('chooseAddress:fail the user has no address');
    return { ...chosen, userName: chosen.contact, telNumber: chosen.phone, detailInfo: chosen.text, cityName: chosen.city };
  }
  return data;
}

interface RequestOptions {
  url?: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
  timeout?: number;
}

async function request(state: CallState, options: RequestOptions): Promise<unknown> {
  let url: URL;
  try {
    // Stryker disable next-line OptionalChaining: equivalent: without options the TypeError is caught and refused as an invalid url all the same
    url = new URL(String(options?.url));
  } catch {
    throw new Error(`request:fail invalid url ${String(options?.url)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`request:fail protocol not allowed: ${url.protocol}`);
  if (!originAllowed(url, state.allowedDomains)) {
    // Stryker disable next-line StringLiteral: the list's wording (the refused host and each allowed domain are tested)
    throw new Error(`request:fail domain not allowed: ${url.hostname} (the operator allows ${state.allowedDomains.join(', ') || 'no domains'} for ${state.identity.appId}; https only, exact host and port)`);
  }
  const method = (options.method ?? 'GET').toUpperCase();
  // Stryker disable next-line ConditionalExpression: equivalent: JSON.stringify(undefined) is undefined, so no body either way
  const body = method === 'GET' || options.data === undefined ? undefined : typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
  if (method === 'GET' && options.data && typeof options.data === 'object') {
    for (const [k, v] of Object.entries(options.data)) url.searchParams.set(k, String(v));
  }
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...(options.header ?? {}) },
    // Stryker disable next-line ConditionalExpression: equivalent: fetch treats body: undefined as no body
    ...(body !== undefined ? { body } : {}),
    redirect: 'manual',
    signal: AbortSignal.timeout(Math.min(options.timeout ?? 10_000, 30_000)),
  });
  const text = await response.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    /* keep text */
  }
  return { statusCode: response.status, data, header: Object.fromEntries(response.headers) };
}

function moduleSource(pkg: MiniProgramPackage, path: string): ModuleSource | undefined {
  const base = normalise(path);
  for (const candidate of [base, `${base}.js`, `${base}.json`, `${base}/index.js`]) {
    const text = pkg.files[candidate];
    if (text === undefined || text.startsWith('base64:')) continue;
    return candidate.endsWith('.json') ? { path: candidate, json: text } : { path: candidate, code: text };
  }
  return undefined;
}

function normalise(path: string): string {
  return path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
}
