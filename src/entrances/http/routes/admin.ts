import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Principal } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import type { Hub } from '../../../hub/index.ts';
import type { UserInput as Input } from '../../../orchestrator/index.ts';
import { defineRoute, type RouteRegistry } from '../api-route.ts';
import type { HttpEnv } from '../env.ts';
import { CardTap, named, TurnResult, UserInput } from '../schemas.ts';

/** A command of the `agentos` CLI run inside the hub for the data folder's owner. */
export interface ForwardedCommand {
  argv: string[];
  cwd: string;
  stdin?: string | undefined;
}

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** What `agentos start` gives the API so the commands run beside it can go through it. */
export interface AdminOptions {
  /** The one credential these routes accept: the operator token in the data folder. */
  credentialId: string;
  runCommand(command: ForwardedCommand): Promise<CommandOutput>;
}

const Command = named('ForwardedCommand', z.object({
  argv: z.array(z.string().max(65_536)).min(1).max(200).meta({ description: 'the arguments after `agentos`' }),
  cwd: z.string().min(1).max(4_096).meta({ description: "the caller's directory: relative paths are the caller's" }),
  stdin: z.string().max(65_536).optional(),
}));
const Output = named('CommandOutput', z.object({ stdout: z.string(), stderr: z.string(), exitCode: z.number().int() }));
const ChatOpen = named('ChatOpen', z.object({ user: z.string().min(1).max(200), session: z.string().min(1).max(200).optional() }));
const ChatOpened = named('ChatOpened', z.object({ sessionId: z.string(), user: z.object({ id: z.string(), name: z.string(), lang: z.string() }) }));

/** Only the data folder's own credential: whoever holds it can read the folder itself. */
function folderOwner(options: AdminOptions | undefined, principal: Principal): AdminOptions {
  if (!options || principal.credentialId !== options.credentialId) {
    throw new AgentOsError('FORBIDDEN', '只接受数据目录中的操作员凭据 / only the operator credential in the hub\'s data folder may do this', { fix: 'run the agentos command on the machine and as the user that started the hub' });
  }
  return options;
}

/**
 * Operator routes for the commands run beside a hub that holds its data folder (the embedded
 * store is one process's): any store command, and the terminal chat for any user.
 */
export function adminRoutes(app: Hono<HttpEnv>, registry: RouteRegistry, hub: Hub, admin: AdminOptions | undefined): void {
  const turn = { status: 200, schema: TurnResult, description: 'the turn, with its tokens for this entrance' };
  const chatSession = async (c: Context<HttpEnv>, principal: Principal) => {
    folderOwner(admin, principal);
    const id = c.req.param('id') ?? '';
    if ((await hub.orchestrator.sessions.ownerOf(id)) === undefined) throw new AgentOsError('NOT_FOUND', `没有这个会话 / no session ${id}`, { where: 'id' });
    return id;
  };

  defineRoute(app, registry, {
    method: 'post', path: '/api/admin/commands', tag: 'operator', access: 'operator', body: Command,
    summary: 'Runs an agentos command in this hub (the data folder\'s credential only)',
    ok: { status: 200, schema: Output, description: 'what the command printed and its exit code' }, errors: [403],
  }, async (c, { body, principal }) => c.json(await folderOwner(admin, principal).runCommand(body)));

  defineRoute(app, registry, {
    method: 'post', path: '/api/admin/chat', tag: 'operator', access: 'operator', body: ChatOpen,
    summary: "Opens (or continues) a terminal chat for a user (the data folder's credential only)",
    ok: { status: 200, schema: ChatOpened, description: 'the session and who talks' }, errors: [403, 404],
  }, async (c, { body, principal }) => {
    folderOwner(admin, principal);
    const user = await hub.memory.user(body.user);
    const sessionId = body.session ?? (await hub.orchestrator.openSession(user.id, 'cli'));
    return c.json({ sessionId, user: { id: user.id, name: user.name, lang: user.lang } });
  });

  defineRoute(app, registry, {
    method: 'post', path: '/api/admin/chat/:id/input', tag: 'operator', access: 'operator', body: UserInput,
    summary: 'One turn of a terminal chat', ok: turn, errors: [403, 404],
  }, async (c, { body, principal }) => c.json(await hub.orchestrator.send(await chatSession(c, principal), body as Input)));

  defineRoute(app, registry, {
    method: 'post', path: '/api/admin/chat/:id/resume', tag: 'operator', access: 'operator',
    summary: 'Finishes a cut-off turn of a terminal chat', ok: turn, errors: [403, 404],
  }, async (c, { principal }) => c.json(await hub.orchestrator.resume(await chatSession(c, principal))));

  defineRoute(app, registry, {
    method: 'post', path: '/api/admin/chat/:id/card-tap', tag: 'operator', access: 'operator', body: CardTap,
    summary: 'A tap on a card of a terminal chat', ok: turn, errors: [403, 404, 409],
  }, async (c, { body, principal }) => c.json(await hub.orchestrator.tapCard(await chatSession(c, principal), body.seq, body.path)));
}
