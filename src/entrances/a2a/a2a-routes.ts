import { AgentCard } from '@a2a-js/sdk';
import { LegacyJsonRpcTransportHandler } from '@a2a-js/sdk/compat/v0_3/server';
import { JsonRpcTransportHandler, ServerCallContext, validateVersion } from '@a2a-js/sdk/server';
import type { Context, Hono } from 'hono';
import { toAgentOsError } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import { agentCaller, type AgentCaller } from '../agents/index.ts';
import type { HttpEnv } from '../http/env.ts';
import { A2A_PATHS, agentCard, liveSkills } from './agent-card.ts';
import { A2aContexts, CallerUser } from './contexts.ts';
import { HubExecutor } from './executor.ts';
import { HubRequestHandler } from './request-handler.ts';
import { restRoutes } from './rest-routes.ts';
import { isStream, sseResponse } from './sse.ts';
import { hubTaskStore } from './task-store.ts';

type RpcError = { code: number; message: string; data?: unknown };

/**
 * The A2A entrance: the Agent Card at `/.well-known/agent-card.json`, JSON-RPC at
 * `/a2a/jsonrpc` (A2A 1.0, and 0.3 for a request without `A2A-Version: 1.0`), HTTP+JSON
 * under `/a2a/rest`. The SDK's framework-neutral handlers do the protocol; tasks live in
 * the hub's store; every call is a registered client's (or a user's own token's).
 */
export function a2aRoutes(app: Hono<HttpEnv>, hub: Hub, options: { publicUrl?: string | undefined }): void {
  const contexts = new A2aContexts(hub);
  const tasks = hubTaskStore(hub.store);
  const handler = new HubRequestHandler(tasks, new HubExecutor(hub, contexts, tasks), contexts);
  const modern = new JsonRpcTransportHandler(handler);
  const legacy = new LegacyJsonRpcTransportHandler(handler);
  const baseUrl = (c: Context<HttpEnv>) => options.publicUrl ?? new URL(c.req.url).origin;

  // Served through AgentCard.toJSON: the proto JSON shape peers parse (security schemes included).
  app.get('/.well-known/agent-card.json', async (c) => c.json(AgentCard.toJSON(agentCard(baseUrl(c), await liveSkills(hub.tools)))));

  app.post(A2A_PATHS.jsonRpc, async (c) => {
    const version = c.req.header('a2a-version');
    const useLegacy = (version || '0.3') === '0.3';
    const toError = (error: unknown): RpcError => (useLegacy ? LegacyJsonRpcTransportHandler.mapToLegacyJSONRPCError(error) : JsonRpcTransportHandler.mapToJSONRPCError(error));
    const reply = (id: unknown, error: unknown, status = 200) => c.json({ jsonrpc: '2.0', id: id ?? null, error: toError(error) }, status as 200);
    const caller = await identify(c, hub);
    if (!caller) return unauthorized(c);
    let body: Record<string, unknown>;
    try {
      body = (await c.req.json()) as Record<string, unknown>;
    } catch {
      return c.json({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the body is not JSON / 请求体不是 JSON' } });
    }
    const context = new ServerCallContext({ user: new CallerUser(caller), ...(version ? { requestedVersion: version } : {}) });
    try {
      validateVersion(context.requestedVersion, await handler.getAgentCard(), 'JSONRPC');
      const out = await (useLegacy ? legacy : modern).handle(body, context);
      if (!isStream(out)) return c.json(out);
      return sseResponse(out, (event) => event, (error) => ({ jsonrpc: '2.0', id: body.id ?? null, error: toError(error) }), (error) => reply(body.id, error));
    } catch (error) {
      return reply(body.id, error);
    }
  });

  restRoutes(app, handler, async (c) => {
    const caller = await identify(c, hub);
    return caller && new ServerCallContext({ user: new CallerUser(caller), requestedVersion: c.req.header('a2a-version') ?? '1.0' });
  }, unauthorized);
}

async function identify(c: Context<HttpEnv>, hub: Hub): Promise<AgentCaller | undefined> {
  const principal = c.get('principal');
  try {
    return await agentCaller(hub, 'a2a', {
      client: c.get('agentClient'),
      principal: principal?.kind === 'api-token' ? principal : undefined,
      endUser: c.req.header('x-agentos-user'),
    });
  } catch (error) {
    if (toAgentOsError(error).code === 'UNAUTHENTICATED') return undefined;
    throw error;
  }
}

function unauthorized(c: Context<HttpEnv>): Response {
  c.header('www-authenticate', 'Bearer realm="agentos"');
  return c.json({ error: { code: 401, status: 'UNAUTHENTICATED', message: '需要客户端密钥 / A2A needs a client key: Authorization: Bearer <key from `agentos clients add <name>`>' } }, 401);
}
