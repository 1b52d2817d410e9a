import { expect } from 'vitest';
import { pagePaymentSettler, type Hub } from '../../src/hub/index.ts';
import type { PageOutcome, PageSession, PageState, UiNode } from '../../src/runtime/index.ts';

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

  /** Taps the node at `path` (found earlier with `find`). */
  async tapAt(path: string): Promise<PageState> {
    return this.#ok(await this.session.tap(path), `tap [${path}]`);
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

  /** Taps the action labelled `label` inside the block (a list row, a section) that shows `within`. */
  async tapWithin(within: string, label: string | RegExp): Promise<PageState> {
    return this.#ok(await this.session.tap(this.find(label, 0, ['tap', 'submit', 'navigate', 'toggle'], within)), `tap 「${String(label)}」 in 「${within}」`);
  }

  /** The path of an action on the page, found by its label (or placeholder), optionally inside a block showing `within`. */
  find(label: string | RegExp, nth = 0, kinds?: string[], within?: string): string {
    const matches = this.state.actions.filter((a) => (!kinds || kinds.includes(a.kind)) && [a.label, a.placeholder ?? ''].some((t) => (typeof label === 'string' ? t.includes(label) : label.test(t))))
      .filter((a) => within === undefined || this.#ancestors(a.path).some((node) => textOf(node).includes(within)));
    const found = matches[nth];
    if (!found) throw new Error(`no action 「${String(label)}」 on ${this.state.path}; the page shows:\n${this.text}\nactions: ${this.state.actions.map((a) => `${a.kind}「${a.label}」`).join(', ')}`);
    return found.path;
  }

  /** Pays (or declines) the payment the page is waiting on, as the user's own tap on the payment sheet. */
  async pay(accept = true, expectPaid = accept): Promise<PageOutcome & { kind: 'ok' }> {
    const pending = this.state.payment;
    if (!pending) throw new Error(`no payment is waiting on ${this.state.path}:\n${this.text}`);
    const outcome = await this.session.confirmPayment(accept, pagePaymentSettler(this.hub, { userId: this.session.userId, entrance: 'web' }));
    this.#ok(outcome, `${accept ? 'pay' : 'decline'} ${pending.orderId}`);
    const settled = (outcome as PageOutcome & { kind: 'ok' }).payment;
    if (settled?.paid !== expectPaid) throw new Error(`payment of ${pending.orderId}: expected paid=${expectPaid}, got ${JSON.stringify(settled)}`);
    return outcome as PageOutcome & { kind: 'ok' };
  }

  async answerModal(confirm: boolean): Promise<PageState> {
    return this.#ok(await this.session.answerModal(confirm), `answer the dialog ${confirm ? 'OK' : 'Cancel'}`);
  }

  #ancestors(path: string): UiNode[] {
    const out: UiNode[] = [];
    let nodes = this.state.tree;
    for (const index of path.split('.').slice(0, -1)) {
      const node = nodes[Number(index)];
      if (!node) break;
      out.push(node);
      nodes = node.children;
    }
    return out;
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

function textOf(node: UiNode): string {
  return (node.text ?? '') + node.children.map(textOf).join(' ');
}
