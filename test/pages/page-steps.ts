import type { PageOutcome, PageSession, PaymentSettler, UiNode } from '../../src/runtime/index.ts';

// Steps on a bare PageSession (no hub), for the tests that drive a package's pages on their own
// Runtime and find what to tap by its handler; PageDriver is the same on a whole hub, by label.

/** The outcome of a step that must succeed; anything else fails the test saying why. */
export function ok(outcome: PageOutcome): PageOutcome & { kind: 'ok' } {
  if (outcome.kind !== 'ok') throw new Error(`expected ok, got ${outcome.kind}: ${JSON.stringify(outcome.kind === 'error' ? outcome.error : outcome.kind === 'ignored' ? outcome.reason : outcome.scope)}`);
  return outcome;
}

/** The node a person taps: the one whose handler is `handler` (and whose data-* match `dataset`), else the action labelled `label`. */
export function at(session: PageSession, handlerOrLabel: string, dataset: Record<string, unknown> = {}): string {
  const walk = (nodes: UiNode[]): UiNode | undefined => {
    for (const node of nodes) {
      const handles = Object.values(node.events).includes(handlerOrLabel);
      if (handles && Object.entries(dataset).every(([k, v]) => node.dataset[k] === v)) return node;
      const inner = walk(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const state = session.state();
  const path = walk(state.tree)?.path ?? state.actions.find((a) => a.label.includes(handlerOrLabel))?.path;
  if (!path) throw new Error(`no 「${handlerOrLabel}」 ${JSON.stringify(dataset)} on ${state.path}:\n${state.text}`);
  return path;
}

/** The page as one line of text (the page text wraps long lines). */
export const pageText = (state: { text: string }): string => state.text.replace(/\s+/g, ' ');

/** The payment sheet's answer without a hub: accepted is paid, declined is the user's cancel. */
export const settle: PaymentSettler = async (_orderId, accept) => (accept ? { ok: true, message: 'paid' } : { ok: false, message: 'cancel' });
