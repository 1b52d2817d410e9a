import type { Hono } from 'hono';
import { AgentOsError } from '../../../core/index.ts';
import type { Hub } from '../../../hub/index.ts';
import type { OrderDetails } from '../../../pay/index.ts';
import { isConsentScope } from '../../../trust/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { ConsentList, OrderList, OrderQuery, SessionList, Wallet } from '../schemas.ts';
import { sessionView } from './sessions.ts';

/** An order as its payer sees it (no ledger internals, no mini-program metadata). */
function orderView(o: OrderDetails) {
  return {
    orderId: o.orderId, status: o.status, amount: o.amount, refunded: o.refunded, appId: o.appId, merchantName: o.merchantName, title: o.title,
    lines: o.lines.map((l) => ({ name: l.name, qty: l.qty, unitPrice: l.unitPrice, ...(l.options ? { options: l.options } : {}) })),
    ...(o.sessionId ? { sessionId: o.sessionId } : {}), createdAt: o.createdAt.toISOString(), ...(o.paidAt ? { paidAt: o.paidAt.toISOString() } : {}),
  };
}

/** The signed-in user's own things: conversations, orders, wallet, consent. Nothing here takes another user's id. */
export function meRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'get', path: '/api/me/sessions', tag: 'me', access: 'user',
    summary: 'Your conversations, latest first', ok: { status: 200, schema: SessionList, description: 'sessions' },
  }, async (c, { principal }) => c.json({ sessions: (await hub.orchestrator.sessions.listByUser(principal.userId)).map(sessionView) }));

  defineRoute(app, registry, {
    method: 'get', path: '/api/me/orders', tag: 'me', access: 'user', query: OrderQuery,
    summary: 'Your orders, newest first', ok: { status: 200, schema: OrderList, description: 'orders' },
  }, async (c, { principal, query }) => {
    const orders = await hub.pay.listOrders({ userId: principal.userId, ...(query.status ? { status: query.status } : {}), limit: query.limit ?? 50 });
    return c.json({ orders: orders.map(orderView) });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/me/wallet', tag: 'me', access: 'user',
    summary: 'Your wallet balance', ok: { status: 200, schema: Wallet, description: 'balance' },
  }, async (c, { principal }) => {
    const balanceFen = await hub.pay.balance(principal.userId);
    return c.json({ currency: 'CNY' as const, balance: balanceFen / 100, balanceFen });
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/me/consents', tag: 'me', access: 'user',
    summary: 'What each mini-program may read of your data', ok: { status: 200, schema: ConsentList, description: 'your decisions' },
  }, async (c, { principal }) => {
    const grants = await hub.trust.listGrants(principal.userId);
    return c.json({ grants: grants.map((g) => ({ appId: g.appId, scope: g.scope, state: g.state, decidedAt: new Date(g.decidedAt).toISOString() })) });
  });

  defineRoute(app, registry, {
    method: 'delete', path: '/api/me/consents/:appId/:scope', tag: 'me', access: 'user',
    summary: 'Take back a decision', description: 'The mini-program must ask again before it reads that data.',
    ok: { status: 204, description: 'forgotten' }, errors: [404],
  }, async (c, { principal }) => {
    const appId = c.req.param('appId') ?? '';
    const scope = c.req.param('scope') ?? '';
    if (!isConsentScope(scope) || !(await hub.trust.revoke(principal.userId, appId, scope))) {
      throw new AgentOsError('NOT_FOUND', '没有这项授权 / you have no such decision for that mini-program', { where: 'scope', fix: 'see GET /api/me/consents' });
    }
    return c.body(null, 204);
  });
}
