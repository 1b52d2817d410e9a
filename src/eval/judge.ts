import type { OrderDetails } from '../pay/index.ts';
import type { OrderExpectation, Scenario } from './scenario.ts';
import { containsText } from './text-match.ts';

/**
 * Which of a scenario's checks failed, and the reason as printed: the check is what a report
 * counts by (`failure-kind.ts`), the text what a developer reads.
 */
export interface Failure {
  check: 'hub-failed' | 'turns' | 'invariant' | 'order-missing' | 'order-differs' | 'order-unexpected' | 'reply-lacks' | 'reply-has';
  text: string;
}

export interface CapturedOrder {
  orderId: string;
  merchant: string;
  amount: number;
  meta: Record<string, unknown>;
  lines: { ref: string; name: string; qty: number; unitPrice: number; options: Record<string, unknown> }[];
}

export function captured(order: OrderDetails): CapturedOrder {
  return {
    orderId: order.orderId, merchant: order.appId, amount: order.amountFen / 100, meta: order.meta ?? {},
    lines: order.lines.map((l) => ({ ref: l.ref, name: l.name, qty: l.qty, unitPrice: l.unitPriceFen / 100, options: l.options ?? {} })),
  };
}

/** A refund as the user sees it: the order it belongs to, with the amount that came back (a late cancellation keeps a fee). */
export function refundOf(order: OrderDetails): CapturedOrder {
  return { ...captured(order), amount: order.refundedFen / 100 };
}

/** `expected` is a subset of `actual` (deep, with numbers and numeric strings equal). */
export function subset(expected: Record<string, unknown> | undefined, actual: Record<string, unknown>): boolean {
  return Object.entries(expected ?? {}).every(([k, v]) => {
    const a = actual[k];
    if (v && typeof v === 'object' && !Array.isArray(v)) return !!a && typeof a === 'object' && subset(v as Record<string, unknown>, a as Record<string, unknown>);
    return String(a) === String(v);
  });
}

export function orderMatches(expected: OrderExpectation, order: CapturedOrder): boolean {
  if (expected.merchant !== order.merchant || Math.round(expected.amount * 100) !== Math.round(order.amount * 100)) return false;
  if (!subset(expected.meta, order.meta)) return false;
  const free = [...order.lines];
  for (const line of expected.lines ?? []) {
    const i = free.findIndex((l) => (line.ref === undefined || l.ref === line.ref) && (line.name === undefined || l.name.includes(line.name)) && (line.qty === undefined || l.qty === line.qty) && subset(line.options, l.options));
    if (i < 0) return false;
    free.splice(i, 1);
  }
  return true;
}

/** Each expectation matches a distinct order, and no order is left over; else the first failure. */
export function matchOrders(expected: OrderExpectation[], actual: CapturedOrder[], what: 'payment' | 'refund'): Failure | undefined {
  const free = [...actual];
  for (const e of expected) {
    const i = free.findIndex((o) => orderMatches(e, o));
    if (i < 0) {
      const near = actual.map((o) => `${o.merchant} ¥${o.amount.toFixed(2)} ${JSON.stringify(o.meta)} ${o.lines.map((l) => `${l.ref}×${l.qty}${JSON.stringify(l.options)}`).join(' ')}`).join('; ');
      return { check: actual.length ? 'order-differs' : 'order-missing', text: `expected ${what} ${e.merchant} ¥${e.amount.toFixed(2)} was not found (${what}: ${near || 'none'})` };
    }
    free.splice(i, 1);
  }
  if (free.length) return { check: 'order-unexpected', text: `unexpected ${what}: ${free.map((o) => `${o.merchant} ¥${o.amount.toFixed(2)}`).join(', ')}` };
  return undefined;
}

/** What the user was told, against reply_contains / reply_excludes. */
export function judgeReplies(scenario: Scenario, replies: string[]): Failure | undefined {
  const all = replies.join('\n');
  for (const entry of scenario.expect.replyContains) {
    const options = Array.isArray(entry) ? entry : [entry];
    if (!options.some((o) => containsText(all, o))) return { check: 'reply-lacks', text: `no reply contains ${options.map((o) => `「${o}」`).join(' or ')}` };
  }
  for (const banned of scenario.expect.replyExcludes) {
    if (containsText(all, banned)) return { check: 'reply-has', text: `a reply contains 「${banned}」, which it must not` };
  }
  return undefined;
}
