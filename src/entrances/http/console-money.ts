import type { Hono } from 'hono';
import { AgentOsError, newId, type ErrorCode } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import { defineRoute, type RouteRegistry } from './api-route.ts';
import { AuditQuery, LedgerQuery, Refund } from './console-schemas.ts';
import type { HttpEnv } from './env.ts';

const REFUND_CODES: Record<string, ErrorCode> = { not_found: 'NOT_FOUND', invalid_amount: 'BAD_REQUEST', idempotency_conflict: 'CONFLICT' };

/** The operator's side of the console: accounts and orders of the ledger, its check, refunds, the audit log. */
export function consoleMoneyRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'get', path: '/api/console/ledger', tag: 'console', access: 'operator', query: LedgerQuery,
    summary: 'Every account, the orders, and the ledger check', ok: { status: 200, description: '{ accounts, orders, verification }' },
  }, async (c, { query }) => {
    const [accounts, orders, verification] = await Promise.all([
      hub.pay.listAccounts(),
      hub.pay.listOrders({ limit: query.limit ?? 100, ...(query.status ? { status: query.status } : {}) }),
      hub.pay.verify(),
    ]);
    return c.json({ accounts, orders, verification });
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/console/refunds', tag: 'console', access: 'operator', body: Refund,
    summary: "Refund an order to its payer's wallet", description: 'Send Idempotency-Key to retry safely; the reason is kept in the ledger and the audit log.',
    ok: { status: 200, description: '{ refundId, amountFen, order }' }, errors: [404, 409],
  }, async (c, { body, principal }) => {
    const key = c.req.header('idempotency-key');
    const outcome = await hub.pay.refund({
      orderId: body.orderId, reason: body.reason, actor: `operator:${principal.userId}`, idempotencyKey: key && key.length <= 200 ? key : newId('console-refund'),
      ...(body.amount !== undefined ? { amountFen: Math.round(body.amount * 100) } : {}),
    });
    if (!outcome.ok) throw new AgentOsError(REFUND_CODES[outcome.reason] ?? 'CONFLICT', `${outcome.message.zh} / ${outcome.message.en}`, { where: 'orderId' });
    return c.json({ refundId: outcome.refundId, amountFen: outcome.amountFen, order: outcome.order });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/console/audit', tag: 'console', access: 'operator', query: AuditQuery,
    summary: 'The audit log, newest first, with its chain check', ok: { status: 200, description: '{ records, verification }' },
  }, async (c, { query }) => {
    const { limit, ...filter } = query;
    const [records, verification] = await Promise.all([hub.trust.audit.list({ ...filter, limit: limit ?? 100 }), hub.trust.audit.verify()]);
    return c.json({ records, verification });
  });
}
