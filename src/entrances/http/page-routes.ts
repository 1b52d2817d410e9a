import type { Hono } from 'hono';
import { z } from 'zod';
import type { Hub, PageAction } from '../../hub/index.ts';
import { defineRoute, type RouteRegistry } from './api-route.ts';
import type { HttpEnv } from './env.ts';
import { ownSession } from './routes/sessions.ts';
import { named } from './schemas.ts';

const OpenPage = named('OpenPage', z.object({ seq: z.number().int().positive().meta({ description: "the handoff event's seq" }) }));

/** One action of a person on an open page, by node path (`state.tree` / `state.actions` give the paths). */
const PageActionInput = named('PageAction', z.discriminatedUnion('action', [
  z.object({ action: z.literal('tap'), path: z.string().min(1).max(200) }),
  z.object({ action: z.literal('input'), path: z.string().min(1).max(200), value: z.string().max(10_000) }),
  z.object({ action: z.literal('change'), path: z.string().min(1).max(200), value: z.unknown().optional() }),
  z.object({ action: z.literal('submit'), path: z.string().min(1).max(200), values: z.record(z.string(), z.unknown()).optional() }),
  z.object({ action: z.literal('back') }),
  z.object({ action: z.literal('answer-modal'), confirm: z.boolean() }),
  z.object({ action: z.literal('confirm-payment'), accept: z.boolean() }),
  z.object({ action: z.literal('consent'), scope: z.string().min(1).max(200), grant: z.boolean() }),
]), "A person's action on an open page");

const PageOutcome = named('PageOutcome', z.looseObject({
  kind: z.string(),
  state: z.looseObject({ path: z.string(), title: z.string().optional(), text: z.string().optional(), tree: z.array(z.unknown()).optional(), actions: z.array(z.unknown()).optional() }),
}), 'What the page shows after an action (path, data, the rendered tree, actions, dialogs, a waiting payment)');
const PageOpened = named('PageOpened', z.looseObject({ pageSessionId: z.string(), kind: z.string(), state: z.looseObject({ path: z.string() }) }));
const PageView = named('PageView', z.object({ state: z.looseObject({ path: z.string() }) }));

/**
 * Pages a person opens from a conversation and drives: a handoff event becomes a page session
 * of that conversation (and only reachable through it, by its owner). A payment on a page is
 * captured only on the person's own `confirm-payment` with `accept: true`.
 */
export function pageRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions/:id/pages', tag: 'pages', access: 'user', body: OpenPage,
    summary: 'Open the page of a handoff', ok: { status: 201, schema: PageOpened, description: '{ pageSessionId, kind, state }' }, errors: [404],
  }, async (c, { body, principal }) => {
    const { pageSessionId, outcome } = await hub.pages.open(await ownSession(c, hub, principal), body.seq);
    return c.json({ pageSessionId, ...outcome }, 201);
  });
  defineRoute(app, registry, {
    method: 'get', path: '/api/sessions/:id/pages/:pid', tag: 'pages', access: 'user',
    summary: 'What the person sees on an open page', ok: { status: 200, schema: PageView, description: 'path, title, data, the rendered tree, actions, dialogs, a waiting payment' }, errors: [404],
  }, async (c, { principal }) => c.json({ state: hub.pages.state(await ownSession(c, hub, principal), c.req.param('pid') ?? '') }));
  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions/:id/pages/:pid/actions', tag: 'pages', access: 'user', body: PageActionInput,
    summary: 'One action on an open page', description: "tap / input / change / submit by node path, back, a dialog's or the payment sheet's answer, consent",
    ok: { status: 200, schema: PageOutcome, description: 'the page after the action' }, errors: [404, 409],
  }, async (c, { body, principal }) => c.json(await hub.pages.act(await ownSession(c, hub, principal), c.req.param('pid') ?? '', body as PageAction)));
  defineRoute(app, registry, {
    method: 'delete', path: '/api/sessions/:id/pages/:pid', tag: 'pages', access: 'user',
    summary: 'Close an open page', ok: { status: 204, description: 'closed' }, errors: [404],
  }, async (c, { principal }) => {
    hub.pages.close(await ownSession(c, hub, principal), c.req.param('pid') ?? '');
    return c.body(null, 204);
  });
}
