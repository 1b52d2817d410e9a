import { z } from 'zod';

/**
 * The schemas requests are validated with, and the shapes responses take. `/openapi.json` is
 * generated from exactly these (each registered under its component name), so the document
 * cannot drift from what the server accepts.
 */
export const components = z.registry<{ id: string; description?: string }>();

export function named<S extends z.ZodType>(id: string, schema: S, description?: string): S {
  components.add(schema, description ? { id, description } : { id });
  return schema;
}

const text = z.string().min(1).max(4_000);
const id = z.string().min(1).max(200);

export const ErrorBody = named('Error', z.object({
  error: z.object({
    code: z.string().meta({ description: 'stable code: BAD_REQUEST, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PAYLOAD_TOO_LARGE, RATE_LIMITED, …' }),
    message: z.string().meta({ description: 'what happened, in Chinese and English' }),
    details: z.looseObject({ where: z.string().optional(), fix: z.string().optional() }),
  }),
}), 'Every error, with the matching HTTP status');

export const UserInput = named('UserInput', z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), text }).meta({ description: 'what the user says' }),
  z.object({ type: z.literal('confirm'), confirmationId: id, token: id, accept: z.boolean() }).meta({ description: "the user's own tap on a confirmation card, with the token this entrance was given" }),
  z.object({ type: z.literal('consent'), appId: id, scope: id, grant: z.boolean() }).meta({ description: 'the user allows or refuses a mini-program a data scope it asked for' }),
  z.object({
    type: z.literal('tap'), text,
    call: z.object({ appId: id, name: id, arguments: z.record(z.string(), z.unknown()) }).optional()
      .meta({ description: 'refused (403): only a card, through POST …/card-tap, can offer a call' }),
  }).meta({ description: 'a follow-up the user sends by tapping' }),
]), "One input of the session's owner");

export const NewSession = named('NewSession', z.object({
  user: id.optional().meta({ description: 'if given, must be the signed-in user: sessions are opened as the one asking' }),
}));

export const CardTap = named('CardTap', z.object({
  seq: z.number().int().positive().meta({ description: "the card event's seq" }),
  path: z.string().min(1).max(200).meta({ description: "the tapped node's path in the card tree" }),
}));

export const Login = named('Login', z.object({ user: id, password: z.string().min(1).max(1_024) }));
export const LinkSignIn = named('LinkSignIn', z.object({ token: z.string().min(1).max(200) }));
export const NewPassword = named('NewPassword', z.object({
  current: z.string().max(1_024).optional().meta({ description: 'required once the account has a password' }),
  password: z.string().min(8).max(256),
}));

const Role = z.enum(['user', 'developer', 'operator']);
export const Me = named('Me', z.object({
  user: z.object({ id: z.string(), name: z.string(), lang: z.enum(['zh', 'en']), role: Role }),
  hasPassword: z.boolean(),
  csrfToken: z.string().optional().meta({ description: 'send as X-CSRF-Token on every write made with the session cookie' }),
}));

const TaskState = z.enum(['submitted', 'working', 'input-required', 'completed', 'failed', 'canceled', 'rejected']);
const Seq = { seq: z.number().int(), sessionId: z.string() };
const Line = z.object({ name: z.string(), qty: z.number(), unitPrice: z.number(), options: z.record(z.string(), z.unknown()).optional() });
const Confirmation = z.object({
  confirmationId: z.string(), kind: z.enum(['payment', 'action']), appId: z.string(), merchantName: z.string(), title: z.string(),
  orderId: z.string().optional(), amount: z.number().optional(), lines: z.array(Line).optional(), description: z.string().optional(), expiresAt: z.string(),
});

export const SessionEvent = named('SessionEvent', z.discriminatedUnion('type', [
  z.object({ type: z.literal('text-delta'), text: z.string(), ...Seq }),
  z.object({ type: z.literal('message'), role: z.enum(['user', 'assistant']), text: z.string(), ...Seq }),
  z.object({ type: z.literal('tool-call'), appId: z.string(), api: z.string(), arguments: z.record(z.string(), z.unknown()), by: z.enum(['planner', 'chain', 'hub']), ...Seq }),
  z.object({ type: z.literal('tool-result'), appId: z.string(), api: z.string(), isError: z.boolean(), content: z.string(), structuredContent: z.record(z.string(), z.unknown()).optional(), scopesRead: z.array(z.string()).optional(), ...Seq }),
  z.object({
    type: z.literal('card'), ...Seq,
    card: z.looseObject({ appId: z.string(), api: z.string(), componentPath: z.string(), tree: z.array(z.unknown()).meta({ description: 'the neutral card tree (UiNode[])' }), text: z.string(), version: z.string(), result: z.unknown() }),
  }),
  z.object({ type: z.literal('handoff'), appId: z.string(), path: z.string(), query: z.string().optional(), payload: z.unknown().optional(), ...Seq }),
  z.object({ type: z.literal('confirmation-request'), confirmation: Confirmation, ...Seq }),
  z.object({ type: z.literal('consent-request'), appId: z.string(), appName: z.string(), scope: z.string(), description: z.string(), ...Seq }),
  z.object({ type: z.literal('payment'), appId: z.string(), orderId: z.string(), amount: z.number(), status: z.enum(['captured', 'declined', 'failed']), message: z.string(), ...Seq }),
  z.object({ type: z.literal('task-state'), taskId: z.string(), state: TaskState, ...Seq }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string(), ...Seq }),
]), "One event of a session's feed");

export const TurnResult = named('TurnResult', z.object({
  sessionId: z.string(),
  events: z.array(SessionEvent),
  tokens: z.record(z.string(), z.string()).meta({ description: 'confirmationId → one-time token, for the owner\'s entrance only (never in the feed)' }),
  taskId: z.string().optional(),
  taskState: TaskState.optional(),
  waitingFor: z.array(z.enum(['answer', 'consent', 'confirmation'])),
}), "A turn's events and, for this entrance only, the confirmation tokens");

export const SessionCreated = named('SessionCreated', z.object({ sessionId: z.string() }));

export const SessionSummary = named('SessionSummary', z.object({
  sessionId: z.string(), entrance: z.string(), taskState: TaskState.optional(), createdAt: z.string(), updatedAt: z.string(),
}));
export const SessionList = named('SessionList', z.object({ sessions: z.array(SessionSummary) }));

export const Order = named('Order', z.object({
  orderId: z.string(), status: z.enum(['created', 'paid', 'canceled', 'refunded', 'partially_refunded']),
  amount: z.number().meta({ description: 'yuan' }), refunded: z.number(), appId: z.string(), merchantName: z.string(), title: z.string(),
  lines: z.array(Line), sessionId: z.string().optional(), createdAt: z.string(), paidAt: z.string().optional(),
}));
export const OrderList = named('OrderList', z.object({ orders: z.array(Order) }));
export const OrderQuery = z.object({
  status: z.enum(['created', 'paid', 'canceled', 'refunded', 'partially_refunded']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const Wallet = named('Wallet', z.object({ currency: z.literal('CNY'), balance: z.number().meta({ description: 'yuan' }), balanceFen: z.number().int() }));

export const ConsentList = named('ConsentList', z.object({
  grants: z.array(z.object({ appId: z.string(), scope: z.string(), state: z.enum(['granted', 'denied']), decidedAt: z.string() })),
}));

export const AppList = named('AppList', z.object({ apps: z.array(z.looseObject({ appId: z.string() })) }));
export const UserList = named('UserList', z.object({ users: z.array(z.object({ id: z.string(), name: z.string(), lang: z.string(), role: Role })) }));
export const Health = named('Health', z.object({ ok: z.boolean(), store: z.string() }));

export const EventsQuery = z.object({
  after: z.coerce.number().int().min(0).max(2_147_483_647).optional().meta({ description: 'events after this seq (Last-Event-ID wins when both are sent)' }),
  follow: z.enum(['0', '1']).optional().meta({ description: '0: send what there is and close; default: keep the stream open' }),
});
