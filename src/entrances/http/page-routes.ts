import type { Hono } from 'hono';
import { z } from 'zod';
import type { Hub, PageAction } from '../../hub/index.ts';
import { body } from './body.ts';

const openPageSchema = z.object({ seq: z.number().int().positive() });

/** One action of a person on an open page, by node path (`state.tree` / `state.actions` give the paths). */
const pageActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('tap'), path: z.string().min(1) }),
  z.object({ action: z.literal('input'), path: z.string().min(1), value: z.string().max(10_000) }),
  z.object({ action: z.literal('change'), path: z.string().min(1), value: z.unknown().optional() }),
  z.object({ action: z.literal('submit'), path: z.string().min(1), values: z.record(z.string(), z.unknown()).optional() }),
  z.object({ action: z.literal('back') }),
  z.object({ action: z.literal('answer-modal'), confirm: z.boolean() }),
  z.object({ action: z.literal('confirm-payment'), accept: z.boolean() }),
  z.object({ action: z.literal('consent'), scope: z.string().min(1), grant: z.boolean() }),
]);

/**
 * Pages a person opens from a conversation and drives: a handoff event becomes a page session
 * of that conversation (and only reachable through it). A payment on a page is captured only on
 * the person's own `confirm-payment` with `accept: true`.
 */
export function pageRoutes(app: Hono, hub: Hub): void {
  /** Opens the page of a handoff event (`seq`): `{ pageSessionId, kind, state }`. */
  app.post('/api/sessions/:id/pages', async (c) => {
    const { seq } = await body(c, openPageSchema);
    const { pageSessionId, outcome } = await hub.pages.open(c.req.param('id'), seq);
    return c.json({ pageSessionId, ...outcome }, 201);
  });
  /** What the person sees: path, title, data, the rendered tree, actions, dialogs, a waiting payment. */
  app.get('/api/sessions/:id/pages/:pid', (c) => c.json({ state: hub.pages.state(c.req.param('id'), c.req.param('pid')) }));
  /** One action: tap / input / change / submit by node path, back, a dialog's or the payment sheet's answer, consent. */
  app.post('/api/sessions/:id/pages/:pid/actions', async (c) => {
    const action = (await body(c, pageActionSchema)) as PageAction;
    return c.json(await hub.pages.act(c.req.param('id'), c.req.param('pid'), action));
  });
  app.delete('/api/sessions/:id/pages/:pid', (c) => {
    hub.pages.close(c.req.param('id'), c.req.param('pid'));
    return c.body(null, 204);
  });
}
