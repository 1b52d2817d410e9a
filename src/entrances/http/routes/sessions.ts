import type { Context, Hono } from 'hono';
import type { Principal } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import type { Hub } from '../../../hub/index.ts';
import type { SessionSummary, TurnResult as Turn, UserInput as Input } from '../../../orchestrator/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { errorResponse } from '../errors.ts';
import { resumePoint, streamSessionEvents } from '../event-stream.ts';
import { CardTap, EventsQuery, NewSession, SessionCreated, SessionSummary as SessionSummarySchema, TurnResult, UserInput } from '../schemas.ts';

/** A session as the API lists it. */
export function sessionView(s: SessionSummary) {
  return { sessionId: s.id, entrance: s.entrance, ...(s.taskState ? { taskState: s.taskState } : {}), createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString() };
}

const SESSION_ID = /^ses_[0-9a-z]{1,80}$/;

/**
 * The session, if the asker owns it. Another user's session answers exactly like one that does
 * not exist (404), so its id alone reveals and allows nothing.
 */
export async function ownSession(c: Context, hub: Hub, principal: Principal): Promise<string> {
  const id = c.req.param('id') ?? '';
  const owner = SESSION_ID.test(id) ? await hub.orchestrator.sessions.ownerOf(id) : undefined;
  if (owner === undefined || owner !== principal.userId) {
    throw new AgentOsError('NOT_FOUND', `你没有这个会话 / you have no session ${SESSION_ID.test(id) ? id : '(malformed id)'}`, { where: 'id', fix: 'open one: POST /api/sessions' });
  }
  return id;
}

/** A turn that refused what it was asked (a confirmation not redeemed, nothing to answer) is that error, with the turn attached. */
function turnResponse(c: Context, result: Turn): Response {
  const { error, ...turn } = result;
  if (!error) return c.json(turn);
  return errorResponse(c, new AgentOsError(error.code, error.message, { ...error.details, turn }));
}

/** Conversations: open one, send the owner's inputs and taps, resume, follow the feed. */
export function sessionRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub): void {
  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions', tag: 'sessions', access: 'user', body: NewSession,
    summary: 'Open a conversation', description: 'Always as the signed-in user.',
    ok: { status: 201, schema: SessionCreated, description: 'the new session' }, errors: [403],
  }, async (c, { body, principal }) => {
    if (body.user !== undefined && body.user !== principal.userId) {
      throw new AgentOsError('FORBIDDEN', '只能以登录用户的身份开启会话 / a session is opened as the signed-in user only', { where: 'user', fix: 'leave out "user"' });
    }
    return c.json({ sessionId: await hub.orchestrator.openSession(principal.userId, 'http') }, 201);
  });

  defineRoute(app, registry, {
    method: 'get', path: '/api/sessions/:id', tag: 'sessions', access: 'user',
    summary: 'A conversation of yours', ok: { status: 200, schema: SessionSummarySchema, description: 'its task state' }, errors: [404],
  }, async (c, { principal }) => {
    const id = await ownSession(c, hub, principal);
    const summary = await hub.orchestrator.sessions.summary(id);
    if (!summary) throw new AgentOsError('NOT_FOUND', `你没有这个会话 / you have no session ${id}`);
    return c.json(sessionView(summary));
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions/:id/input', tag: 'sessions', access: 'user', body: UserInput,
    summary: 'One turn', description: 'A message, the owner\'s confirm (with the token this entrance was given), or a consent decision. A refused confirmation is 403 (not yours, wrong token) or 409 (used, expired, declined, changed), with the turn in `details.turn`.',
    ok: { status: 200, schema: TurnResult, description: "the turn's events and this entrance's confirmation tokens" }, errors: [403, 404, 409],
  }, async (c, { body, principal }) => {
    const id = await ownSession(c, hub, principal);
    return turnResponse(c, await hub.orchestrator.send(id, body as Input));
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions/:id/card-tap', tag: 'sessions', access: 'user', body: CardTap,
    summary: 'Tap a card shown earlier', description: "The card's own handler runs in the sandbox; what it sends up (text, and an API of the card's own skill) is the owner's next input.",
    ok: { status: 200, schema: TurnResult, description: 'the turn the tap started' }, errors: [403, 404],
  }, async (c, { body, principal }) => {
    const id = await ownSession(c, hub, principal);
    return turnResponse(c, await hub.orchestrator.tapCard(id, body.seq, body.path));
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/sessions/:id/resume', tag: 'sessions', access: 'user',
    summary: 'Pick a conversation up after a restart', description: 'Finishes a cut-off turn; pending confirmations get fresh tokens, for the owner only.',
    ok: { status: 200, schema: TurnResult, description: 'the resumed turn' }, errors: [404],
  }, async (c, { principal }) => turnResponse(c, await hub.orchestrator.resume(await ownSession(c, hub, principal))));

  defineRoute(app, registry, {
    method: 'get', path: '/api/sessions/:id/events', tag: 'sessions', access: 'user', query: EventsQuery,
    summary: "The conversation's event feed (SSE)", description: 'Server-sent events, each with its seq as id; reconnect with Last-Event-ID to continue. New events are pushed as they are saved.',
    ok: { status: 200, sse: true, description: 'text/event-stream of SessionEvent' }, errors: [404],
  }, async (c, { query, principal }) => {
    const id = await ownSession(c, hub, principal);
    return streamSessionEvents(c, hub, id, resumePoint(c.req.header('last-event-id'), query.after), query.follow !== '0');
  });
}
