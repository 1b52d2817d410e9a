import { expect } from 'vitest';
import { pagePaymentSettler, type Hub } from '../../src/hub/index.ts';
import type { PageOutcome, PageSession, PageState } from '../../src/runtime/index.ts';

/**
 * Drives a page session as a person would: reads what the page shows, taps what is labelled,
 * types into fields found by their placeholder or label. Every step must end `ok` unless the
 * test says otherwise, so a broken page fails the test at the step that broke.
 */
export class PageDriver {
  readonly session: PageSession;
  readonly hub: Hub;
  last: PageOutcome | undefined;

  constructor(hub: Hub, session: PageSession) {
    this.hub = hub;
    this.session = session;
  }

  get state(): PageState {
    return this.session.state();
  }

  get text(): string {
    return this.state.text;
  }

  async open(path?: string, query?: string): Promise<PageState> {
    return this.#ok(await this.session.open(path, query), `open ${path ?? '(entry page)'}`);
  }

  /** Taps the first action whose label contains `label` (the `nth` one when several do). */
  async tap(label: string | RegExp, nth = 0): Promise<PageState> {
    return this.#ok(await this.session.tap(this.find(label, nth, ['tap', 'submit', 'navigate', 'toggle'])), `tap 「${String(label)}」`);
  }

  /** Taps and returns whatever came back (for the steps a test expects to be refused). */
  async tapRaw(label: string | RegExp, nth = 0): Promise<PageOutcome> {
    this.last = await this.session.tap(this.find(label, nth, ['tap', 'submit', 'navigate', 'toggle']));
    return this.last;
  }

  /** Types into the field whose label or placeholder contains `label`. */
  async type(label: string | RegExp, value: string): Promise<PageState> {
    return this.#ok(await this.session.input(this.find(label, 0, ['input']), value), `type into 「${String(label)}」`);
  }

  /** Picks `value` in the picker (or toggles the control) whose label contains `label`. */
  async choose(label: string | RegExp, value?: unknown): Promise<PageState> {
    return this.#ok(await this.session.change(this.find(label, 0, ['select', 'toggle', 'input']), value), `choose 「${String(label)}」`);
  }

  /** The path of an action on the page, found by its label (or placeholder). */
  find(label: string | RegExp, nth = 0, kinds?: string[]): string {
    const matches = this.state.actions.filter((a) => (!kinds || kinds.includes(a.kind)) && [a.label, a.placeholder ?? ''].some((t) => (typeof label === 'string' ? t.includes(label) : label.test(t))));
    const found = matches[nth];
    if (!found) throw new Error(`no action 「${String(label)}」 on ${this.state.path}; the page shows:\n${this.text}\nactions: ${this.state.actions.map((a) => `${a.kind}「${a.label}」`).join(', ')}`);
    return found.path;
  }

  /** Pays (or declines) the payment the page is waiting on, as the user's own tap on the payment sheet. */
  async pay(accept = true, userId = this.session.userId): Promise<PageOutcome & { kind: 'ok' }> {
    const pending = this.state.payment;
    if (!pending) throw new Error(`no payment is waiting on ${this.state.path}:\n${this.text}`);
    const outcome = await this.session.confirmPayment(accept, pagePaymentSettler(this.hub, { userId, entrance: 'web' }));
    this.#ok(outcome, `${accept ? 'pay' : 'decline'} ${pending.orderId}`);
    return outcome as PageOutcome & { kind: 'ok' };
  }

  async answerModal(confirm: boolean): Promise<PageState> {
    return this.#ok(await this.session.answerModal(confirm), `answer the dialog ${confirm ? 'OK' : 'Cancel'}`);
  }

  #ok(outcome: PageOutcome, step: string): PageState {
    this.last = outcome;
    if (outcome.kind !== 'ok') {
      const why = outcome.kind === 'error' ? outcome.error : outcome.kind === 'ignored' ? outcome.reason : `consent ${outcome.scope}`;
      throw new Error(`${step} on ${outcome.state.path}: ${outcome.kind}: ${why}\n${outcome.state.text}`);
    }
    expect(outcome.state.warnings, `${step}: warnings`).toEqual([]);
    return outcome.state;
  }
}

/** The captured orders of a mini-program, as the evaluator reads them from the ledger. */
export async function capturedOrders(hub: Hub, appId: string, userId: string) {
  const orders = await hub.pay.listOrders({ appId, userId });
  return orders.filter((o) => o.status === 'paid');
}
