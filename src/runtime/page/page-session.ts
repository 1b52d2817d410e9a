import { AgentOsError, Mutex, newId } from '../../core/index.ts';
import type { MiniProgramPackage } from '../../package/index.ts';
import type { CallState } from '../call-host.ts';
import type { ConsentScope, GrantState } from '../types.ts';
import { findNode, listActions, toText, type UiAction, type UiNode } from '../wxml/index.ts';
import { FieldOverlay } from './field-overlay.ts';
import { pageBridge } from './page-bridge.ts';
import { changeSteps, formSteps, inputSteps, type Interaction } from './page-controls.ts';
import { disabledControl, nodeChain, tapSteps, type EventStep, type OwnerRef } from './page-events.ts';
import { EMPTY_REPORT, PageRealm, type RealmReport } from './page-realm.ts';
import { PageView } from './page-view.ts';
import type { PageAccess, PageOutcome, PageSessionOptions, PageState, PaymentSettler } from './types.ts';

interface Rendered {
  tree: UiNode[];
  problems: string[];
  text: string;
  actions: UiAction[];
}

interface Loaded {
  version: string;
  pkg: MiniProgramPackage;
  view: PageView;
  realm: PageRealm;
}

/** A session dropped without `close()` still frees its sandbox when it is collected. */
const abandoned = new FinalizationRegistry<{ realm?: PageRealm }>((held) => held.realm?.dispose());

/**
 * The mini-program view: one person using one mini-program's pages, headless. Every
 * interaction (open, tap, input, change, submit, back, a modal's or a payment's answer)
 * runs the page's own JS in the session's sandbox with the user's storage loaded, then
 * re-renders the top page. An interaction that fails changes nothing.
 */
export class PageSession {
  readonly appId: string;
  readonly userId: string;
  readonly sessionId: string;
  readonly #access: PageAccess;
  readonly #options: PageSessionOptions;
  readonly #grants: Partial<Record<ConsentScope, GrantState>>;
  readonly #lock = new Mutex();
  readonly #fields = new FieldOverlay();
  #loaded: Loaded | undefined;
  #report: RealmReport = EMPTY_REPORT;
  #toasts: string[] = [];
  #rendered: Rendered | undefined;
  #closed = false;
  readonly #held: { realm?: PageRealm } = {};

  constructor(access: PageAccess, options: PageSessionOptions) {
    this.#access = access;
    this.#options = options;
    this.appId = options.appId;
    this.userId = options.userId;
    this.sessionId = options.sessionId ?? newId('pgs');
    this.#grants = { ...(options.grants ?? {}) };
    abandoned.register(this, this.#held, this.#held);
  }

  /** Records the user's answer on a scope; repeat the interaction that asked for it. */
  grant(scope: ConsentScope, state: GrantState = 'granted'): void {
    this.#grants[scope] = state;
  }

  /**
   * Opens a page as a person does from the entrance (the first one launches the mini-program).
   * With `handoff` (its payload, possibly undefined) the page is opened from an agent handoff:
   * `wx.onAgentHandoff` gets `{ pageId, path, query, payload }`.
   */
  open(path?: string, query?: string | Record<string, string | number | boolean>, options: { handoff?: unknown } = {}): Promise<PageOutcome> {
    return this.#lock.run(async () => {
      const loaded = await this.#load();
      const [rawRoute = '', inline = ''] = (path ?? loaded.pkg.pages[0]?.path ?? '').split('?');
      const route = rawRoute.replace(/^\/+/, '').replace(/\.(js|wxml)$/, '');
      if (!loaded.pkg.pages.some((p) => p.path === route)) {
        throw new AgentOsError('NOT_FOUND', `${this.appId} has no page "${route}" (没有这个页面)`, { fix: `open one of: ${loaded.pkg.pages.map((p) => p.path).join(', ')}` });
      }
      const extra = typeof query === 'string' ? query.replace(/^\?/, '') : Object.entries(query ?? {}).map(([k, v]) => `${k}=${String(v)}`).join('&');
      const search = [inline, extra].filter(Boolean).join('&');
      const handoff = 'handoff' in options ? JSON.stringify({ payload: options.handoff }) : '';
      return this.#interact(`__agentos.page.open(${loaded.realm.configLiteral}, ${JSON.stringify(`/${route}${search ? `?${search}` : ''}`)}, ${JSON.stringify(handoff)})`);
    });
  }

  /** Taps a node (by its `path` in the tree): the nearest tap handler, a navigator, a form button, a checkbox. */
  tap(nodePath: string): Promise<PageOutcome> {
    return this.#act(nodePath, (chain) => {
      const node = chain[chain.length - 1] as UiNode;
      if (node.kind === 'checkbox' || node.kind === 'radio' || node.kind === 'switch') return changeSteps(this.#controls(), chain, undefined);
      const steps = tapSteps(chain, this.#access.now(), (n) => this.#ownerOf(n));
      const button = [...chain].reverse().find((n) => n.kind === 'button');
      const formType = button?.attrs['form-type'];
      const form = [...chain].reverse().find((n) => n.kind === 'form');
      if (button && form && formType === 'reset') return [...steps, ...formSteps(this.#controls(), form, formType, {}, button)];
      if (button && form && formType === 'submit') steps.push(...formSteps(this.#controls(), form, formType, {}, button));
      return steps.length > 0 ? steps : 'nothing on this page responds to a tap there (这里点击没有反应)';
    });
  }

  /** Types into a text field, firing its `input` (and `blur`) handlers. */
  input(nodePath: string, value: string): Promise<PageOutcome> {
    return this.#act(nodePath, (chain) => inputSteps(this.#controls(), chain, value));
  }

  /** Sets a picker, switch, slider, checkbox, radio or group to `value` (a checkbox or switch toggles when it is absent). */
  change(nodePath: string, value?: unknown): Promise<PageOutcome> {
    return this.#act(nodePath, (chain) => changeSteps(this.#controls(), chain, value));
  }

  /** Submits a form (a path inside it will do), with `values` filled in by field name first. */
  submit(formPath: string, values: Record<string, unknown> = {}): Promise<PageOutcome> {
    return this.#act(formPath, (chain) => {
      const form = [...chain].reverse().find((n) => n.kind === 'form');
      if (!form) throw new AgentOsError('BAD_REQUEST', `${formPath} is not in a <form> (不在表单里)`, { fix: 'pass the path of a form node' });
      const steps = formSteps(this.#controls(), form, 'submit', values, form);
      return steps.length > 0 ? steps : 'this form has no submit handler (表单没有提交处理)';
    });
  }

  /** The person's back button. */
  back(): Promise<PageOutcome> {
    return this.#lock.run(async () => {
      if (this.#report.payment || this.#report.modal) return this.#ignored('answer the payment or dialog first (请先回答支付或对话框)');
      if (this.#report.stack.length <= 1) return this.#ignored('already on the first page (已经是第一页)');
      return this.#dispatch([{ kind: 'navigate', api: 'navigateBack', delta: 1 }]);
    });
  }

  /** The person's answer to an open `wx.showModal`. */
  answerModal(confirm: boolean): Promise<PageOutcome> {
    return this.#lock.run(async () => {
      if (!this.#report.modal) return this.#ignored('no dialog is open (没有对话框)');
      const outcome = await this.#interact(`__agentos.page.answerModal(${confirm ? 'true' : 'false'})`);
      return outcome.kind === 'ok' ? outcome : this.#answered(outcome, 'modal', 'the dialog was answered, then the page failed');
    });
  }

  /**
   * The person's answer on the payment sheet: `settle` (from the hub) captures or cancels the
   * order; then the page's success or fail callback runs. Call only on the user's own gesture.
   */
  confirmPayment(accept: boolean, settle: PaymentSettler): Promise<PageOutcome> {
    return this.#lock.run(async () => {
      const payment = this.#report.payment;
      if (!payment) return this.#ignored('no payment is waiting (没有待确认的支付)');
      let settled: { ok: boolean; message: string };
      try {
        settled = await settle(payment.orderId, accept);
      } catch (error) {
        return { kind: 'error', error: `the payment could not be settled, try again: ${error instanceof Error ? error.message : String(error)}`, state: this.state() };
      }
      const paid = accept && settled.ok;
      const message = accept ? settled.message : 'cancel';
      const outcome = await this.#interact(`__agentos.page.settlePayment(${paid ? 'true' : 'false'}, ${JSON.stringify(message)})`);
      if (outcome.kind === 'ok') return { ...outcome, payment: { orderId: payment.orderId, paid, message: settled.message } };
      return this.#answered(outcome, 'payment', `order ${payment.orderId} was ${paid ? 'paid' : 'not paid'} (${settled.message}), then the page failed`);
    });
  }

  /** What the person sees now. */
  state(): PageState {
    const top = this.#report.stack[this.#report.stack.length - 1];
    const rendered = this.#render();
    return {
      appId: this.appId, version: this.#loaded?.version ?? '', path: top?.route ?? '', query: top?.query ?? {},
      title: top ? top.title || (this.#loaded?.view.title(top.route) ?? '') : '', data: top?.data ?? {},
      tree: rendered.tree, text: rendered.text, actions: rendered.actions, toasts: this.#toasts,
      modals: this.#report.modal ? [this.#report.modal] : [], ...(this.#report.payment ? { payment: this.#report.payment } : {}),
      stack: this.#report.stack.map((p) => ({ path: p.route, query: p.query })), warnings: this.#report.warnings, problems: rendered.problems,
    };
  }

  close(): void {
    this.#closed = true;
    abandoned.unregister(this.#held);
    this.#loaded?.realm.dispose();
  }

  #act(nodePath: string, plan: (chain: UiNode[]) => Interaction): Promise<PageOutcome> {
    return this.#lock.run(async () => {
      if (this.#report.payment) return this.#ignored('a payment is waiting for your answer: confirm or cancel it first (请先确认或取消支付)');
      if (this.#report.modal) return this.#ignored('a dialog is open: answer it first (请先回答对话框)');
      const chain = nodeChain(this.#render().tree, nodePath);
      if (chain.length === 0) {
        throw new AgentOsError('NOT_FOUND', `no node at "${nodePath}" on ${this.state().path || 'the page'} (页面上没有这个节点)`, { fix: 'read the page again and use a path from state().actions or state().tree' });
      }
      if (disabledControl(chain)) return this.#ignored('that control is disabled (该控件不可用)');
      const planned = plan(chain);
      if (typeof planned === 'string') return this.#ignored(planned);
      if (this.#fields.takeCleared()) this.#rendered = undefined;
      else if (this.#fields.takeChanged()) this.#refreshText();
      return this.#dispatch(planned);
    });
  }

  #dispatch(steps: EventStep[]): Promise<PageOutcome> {
    if (steps.length === 0) return Promise.resolve({ kind: 'ok', state: this.state() });
    const top = this.#report.stack[this.#report.stack.length - 1];
    return this.#interact(`__agentos.page.dispatch(${top?.id ?? 0}, ${JSON.stringify(JSON.stringify(steps))})`);
  }

  async #interact(expression: string): Promise<PageOutcome> {
    if (this.#closed) throw new AgentOsError('CONFLICT', 'this page session is closed (页面会话已关闭)', { fix: 'open a new page session' });
    const loaded = await this.#load();
    return this.#access.withStorage<PageOutcome>(this.appId, this.userId, async ({ user, shared, allowedDomains }) => {
      const state: CallState = {
        identity: { appId: this.appId, version: loaded.version, userId: this.userId, sessionId: this.sessionId, skill: '' },
        pkg: loaded.pkg, api: 'page', mode: 'page', userStorage: user, sharedStorage: shared, grants: { ...this.#grants },
        services: this.#access.services, allowedDomains, locale: this.#options.locale ?? 'zh_CN', orders: [], scopesRead: [], toasts: [], now: this.#access.now,
      };
      const bridge = pageBridge(state);
      const ran = await loaded.realm.run(expression, bridge, this.#report.stack);
      const error = !ran.ok ? ran.error : ran.report.errors.length > 0 ? ran.report.errors.join('\n') : undefined;
      const commit = ran.ok && !state.consentNeeded && error === undefined;
      await loaded.realm.finish(commit, bridge);
      if (state.consentNeeded) return { commit: false, value: { kind: 'consent-required', scope: state.consentNeeded, state: this.state() } };
      if (!commit || !ran.ok) return { commit: false, value: { kind: 'error', error: error ?? 'the page failed', state: this.state() } };
      this.#report = ran.report;
      this.#toasts = state.toasts;
      this.#rendered = undefined;
      return { commit: true, value: { kind: 'ok', state: this.state() } };
    });
  }

  async #load(): Promise<Loaded> {
    if (!this.#loaded) {
      const { version, pkg } = await this.#access.resolve(this.appId, this.#options.version);
      const view = new PageView(pkg);
      this.#loaded = { version, pkg, view, realm: new PageRealm(this.#access.limits, view.config(), this.appId) };
      this.#held.realm = this.#loaded.realm;
    }
    return this.#loaded;
  }

  #render(): Rendered {
    if (!this.#rendered) {
      const top = this.#report.stack[this.#report.stack.length - 1];
      const { tree, problems } = top && this.#loaded ? this.#loaded.view.render(top.route, top.data, this.#report.components) : { tree: [], problems: [] };
      this.#fields.forPage(top?.id ?? -1);
      this.#fields.apply(tree);
      this.#rendered = { tree, problems, text: toText(tree), actions: listActions(tree) };
    }
    return this.#rendered;
  }

  /** After a person changed a field: the texts follow the tree. */
  #refreshText(): void {
    const rendered = this.#render();
    rendered.text = toText(rendered.tree);
    rendered.actions = listActions(rendered.tree);
  }

  #controls(): { fields: FieldOverlay; now: number; ownerOf: (node: UiNode) => OwnerRef | undefined } {
    return { fields: this.#fields, now: this.#access.now(), ownerOf: (node) => this.#ownerOf(node) };
  }

  #ownerOf(node: UiNode): OwnerRef | undefined {
    if (!node.owner || !this.#loaded) return undefined;
    const host = findNode(this.#render().tree, node.owner);
    const route = this.#report.stack[this.#report.stack.length - 1]?.route ?? '';
    const component = host ? this.#loaded.view.componentOf(route, host.tag) : undefined;
    if (!host || !component) return undefined;
    const top = this.#report.stack[this.#report.stack.length - 1];
    const props = top ? this.#loaded.view.componentProps(route, top.data, this.#report.components, host.path) : {};
    return { path: host.path, component, events: host.events, dataset: host.dataset, props };
  }

  /**
   * An answer the page could not finish with: the answer itself stands (the money moved, or
   * not), so the page no longer waits on it; its pages stay as they were before.
   */
  #answered(outcome: Exclude<PageOutcome, { kind: 'ok' }>, what: 'modal' | 'payment', context: string): PageOutcome {
    this.#report = { ...this.#report, [what]: null };
    const state = this.state();
    if (outcome.kind === 'error') return { ...outcome, error: `${context}: ${outcome.error}`, state };
    return { ...outcome, state };
  }

  #ignored(reason: string): PageOutcome {
    return { kind: 'ignored', reason, state: this.state() };
  }
}
