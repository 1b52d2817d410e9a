import type { Hono } from 'hono';
import { AgentOsError, newId, type ErrorCode } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import { consoleActor } from './console-access.ts';
import { refundSchema } from './console-schemas.ts';
import { readBody } from './read-body.ts';

const REFUND_CODES: Record<string, ErrorCode> = { not_found: 'NOT_FOUND', invalid_amount: 'BAD_REQUEST', idempotency_conflict: 'CONFLICT' };
const STATUSES = new Set(['created', 'paid', 'canceled', 'refunded', 'partially_refunded']);

/** The operator's side of the console: accounts and orders of the ledger, its check, refunds, the audit log. */
export function consoleMoneyRoutes(app: Hono, hub: Hub, accounts: boolean): void {
  app.get('/api/console/ledger', async (c) => {
    consoleActor(c, 'operator', accounts);
    const status = c.req.query('status');
    if (status !== undefined && !STATUSES.has(status)) throw new AgentOsError('BAD_REQUEST', `未知的订单状态 / unknown order status ${status}`, { where: 'status' });
    const [accountsList, orders, verification] = await Promise.all([
      hub.pay.listAccounts(),
      hub.pay.listOrders({ limit: Math.min(Number(c.req.query('limit')) || 100, 500), ...(status ? { status: status as 'paid' } : {}) }),
      hub.pay.verify(),
    ]);
    return c.json({ accounts: accountsList, orders, verification });
  });

  app.post('/api/console/refunds', async (c) => {
    const actor = consoleActor(c, 'operator', accounts);
    const input = await readBody(c, refundSchema);
    const key = c.req.header('idempotency-key');
    const outcome = await hub.pay.refund({
      orderId: input.orderId, reason: input.reason, actor, idempotencyKey: key && key.length <= 200 ? key : newId('console-refund'),
      ...(input.amount !== undefined ? { amountFen: Math.round(input.amount * 100) } : {}),
    });
    if (!outcome.ok) throw new AgentOsError(REFUND_CODES[outcome.reason] ?? 'CONFLICT', `${outcome.message.zh} / ${outcome.message.en}`, { where: 'orderId' });
    return c.json({ refundId: outcome.refundId, amountFen: outcome.amountFen, order: outcome.order });
  });

  app.get('/api/console/audit', async (c) => {
    consoleActor(c, 'operator', accounts);
    const filter = { limit: Math.min(Number(c.req.query('limit')) || 100, 500) };
    for (const key of ['userId', 'appId', 'sessionId'] as const) {
      const value = c.req.query(key);
      if (value) Object.assign(filter, { [key]: value });
    }
    const [records, verification] = await Promise.all([hub.trust.audit.list(filter), hub.trust.audit.verify()]);
    return c.json({ records, verification });
  });
}
