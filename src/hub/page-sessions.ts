import { AgentOsError, newId } from '../core/index.ts';
import type { Memory } from '../memory/index.ts';
import type { Orchestrator } from '../orchestrator/index.ts';
import type { PayService } from '../pay/index.ts';
import { isConsentScope, type TrustService } from '../trust/index.ts';
import type { PageOutcome, PageSession, PageState, Runtime } from '../runtime/index.ts';
import { pagePaymentSettler } from './page-payments.ts';

/** What a person does on an open page: by node path, as `PageSession` takes it. */
export type PageAction =
  | { action: 'tap'; path: string }
  | { action: 'input'; path: string; value: string }
  | { action: 'change'; path: string; value?: unknown }
  | { action: 'submit'; path: string; values?: Record<string, unknown> }
  | { action: 'back' }
  | { action: 'answer-modal'; confirm: boolean }
  /** The user's own answer on the payment sheet: the order is captured only on `accept: true`. */
  | { action: 'confirm-payment'; accept: boolean }
  | { action: 'consent'; scope: string; grant: boolean };

/** The parts a page session needs: the runtime, the conversation, consent, and money for its payments. */
export interface PageSessionDeps {
  runtime: Runtime;
  orchestrator: Orchestrator;
  trust: TrustService;
  pay: PayService;
  memory: Memory;
}

interface Entry {
  page: PageSession;
  sessionId: string;
  userId: string;
  lang: 'zh' | 'en';
  usedAt: number;
}

/**
 * The pages people opened from a conversation (a handoff, a card's detail page), each a
 * `PageSession` the person drives. Held in memory per hub process, bound to the conversation
 * that opened it; the least recently used ones close past `max`.
 */
export class PageSessions {
  readonly #entries = new Map<string, Entry>();
  readonly #deps: PageSessionDeps;
  readonly #max: number;

  constructor(deps: PageSessionDeps, max = 200) {
    this.#deps = deps;
    this.#max = max;
  }

  /** Opens the page a handoff event (by its `seq`) of the conversation points at; `onAgentHandoff` gets its payload. */
  async open(sessionId: string, seq: number): Promise<{ pageSessionId: string; outcome: PageOutcome }> {
    const { orchestrator } = this.#deps;
    const session = await orchestrator.sessions.load(sessionId);
    const event = (await orchestrator.events(sessionId, seq - 1)).find((e) => e.seq === seq);
    if (event?.type !== 'handoff') {
      throw new AgentOsError('NOT_FOUND', `event ${seq} of this conversation is not a page to open (不是可打开的页面)`, { fix: 'pass the seq of a handoff event' });
    }
    return this.#start(sessionId, session.userId, { appId: event.appId, version: event.version }, event.path, event.query ?? '', event.from === 'result' ? { handoff: event.payload } : {});
  }

  /**
   * The user's own navigation: opens a live mini-program at its first page (or `path`), in a
   * conversation of theirs, with no handoff behind it.
   */
  async openApp(sessionId: string, appId: string, path?: string): Promise<{ pageSessionId: string; outcome: PageOutcome }> {
    const session = await this.#deps.orchestrator.sessions.load(sessionId);
    return this.#start(sessionId, session.userId, { appId }, path, '', {});
  }

  async #start(sessionId: string, userId: string, app: { appId: string; version?: string | undefined }, path: string | undefined, query: string, options: { handoff?: unknown }): Promise<{ pageSessionId: string; outcome: PageOutcome }> {
    const { runtime, trust, memory } = this.#deps;
    const user = await memory.user(userId);
    const lang = user.lang === 'en' ? 'en' : 'zh';
    const page = runtime.openPages({
      appId: app.appId, ...(app.version ? { version: app.version } : {}), userId, sessionId, grants: await trust.getGrants(userId, app.appId), locale: lang === 'en' ? 'en' : 'zh_CN',
    });
    const outcome = await page.open(path, query, options);
    const pageSessionId = newId('pgs');
    this.#entries.set(pageSessionId, { page, sessionId, userId, lang, usedAt: Date.now() });
    this.#trim();
    return { pageSessionId, outcome };
  }

  /** What the person sees on an open page. */
  state(sessionId: string, pageSessionId: string): PageState {
    return this.#entry(sessionId, pageSessionId).page.state();
  }

  /** Carries out one action of the person on an open page. */
  async act(sessionId: string, pageSessionId: string, action: PageAction): Promise<PageOutcome> {
    const entry = this.#entry(sessionId, pageSessionId);
    const { page } = entry;
    switch (action.action) {
      case 'tap':
        return page.tap(action.path);
      case 'input':
        return page.input(action.path, action.value);
      case 'change':
        return page.change(action.path, action.value);
      case 'submit':
        return page.submit(action.path, action.values ?? {});
      case 'back':
        return page.back();
      case 'answer-modal':
        return page.answerModal(action.confirm);
      case 'confirm-payment':
        return page.confirmPayment(action.accept, pagePaymentSettler(this.#deps, { userId: entry.userId, entrance: 'http', lang: entry.lang }));
      case 'consent': {
        if (!isConsentScope(action.scope)) throw new AgentOsError('BAD_REQUEST', `unknown scope ${action.scope} (未知的授权范围)`);
        if (action.grant) await this.#deps.trust.grant(entry.userId, page.appId, action.scope, entry.sessionId);
        else await this.#deps.trust.deny(entry.userId, page.appId, action.scope, entry.sessionId);
        page.grant(action.scope, action.grant ? 'granted' : 'denied');
        return { kind: 'ok', state: page.state() };
      }
    }
  }

  close(sessionId: string, pageSessionId: string): void {
    this.#entry(sessionId, pageSessionId).page.close();
    this.#entries.delete(pageSessionId);
  }

  closeAll(): void {
    for (const entry of this.#entries.values()) entry.page.close();
    this.#entries.clear();
  }

  #entry(sessionId: string, pageSessionId: string): Entry {
    const entry = this.#entries.get(pageSessionId);
    // A page of another conversation is as unknown as one that never was.
    if (!entry || entry.sessionId !== sessionId) {
      throw new AgentOsError('NOT_FOUND', `no open page ${pageSessionId} in this conversation (页面未打开或已关闭)`, { fix: 'open it again from its handoff: POST /api/sessions/:id/pages' });
    }
    entry.usedAt = Date.now();
    return entry;
  }

  #trim(): void {
    while (this.#entries.size > this.#max) {
      const [oldest] = [...this.#entries.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt);
      if (!oldest) return;
      oldest[1].page.close();
      this.#entries.delete(oldest[0]);
    }
  }
}
