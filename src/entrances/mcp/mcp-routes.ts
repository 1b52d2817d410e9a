import { createMcpHandler, hostHeaderValidationResponse, isLegacyRequest, localhostAllowedHostnames, localhostAllowedOrigins, originValidationResponse } from '@modelcontextprotocol/server';
import type { Context, Hono } from 'hono';
import { AgentOsError, toAgentOsError } from '../../core/index.ts';
import type { Hub } from '../../hub/index.ts';
import { agentCaller, type AgentCaller } from '../agents/index.ts';
import { clientAddress } from '../http/auth/client-address.ts';
import type { HttpEnv } from '../http/env.ts';
import { LegacySessions } from './legacy-sessions.ts';
import { hubMcpServer, mcpDeps, type McpDeps } from './mcp-server.ts';

export interface McpRouteOptions {
  /** The address people reach the hub at (its host is allowed besides loopback). */
  publicUrl?: string | undefined;
  /** The interface the hub listens on: host names are checked unless it listens on every interface. */
  host?: string | undefined;
  /** Lets unauthenticated callers on loopback in as the entrance `mcp:loopback` (AGENTOS_MCP_ANONYMOUS_LOOPBACK=1). */
  anonymousLoopback?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const callerKey = (caller: AgentCaller) => `${caller.entrance}\n${caller.userId}`;

/**
 * `/mcp`: Streamable HTTP for 2026-07-28 clients (a fresh server per request) and, routed
 * with `isLegacyRequest`, sessionful serving for 2025-11-25 clients. Host and Origin are
 * checked first (DNS rebinding), then the caller: a client key, a user's API token, or —
 * only when the operator allows it — an anonymous caller on loopback.
 */
export function mcpRoutes(app: Hono<HttpEnv>, hub: Hub, options: McpRouteOptions): { close(): Promise<void> } {
  const publicHost = options.publicUrl ? new URL(options.publicUrl).hostname : undefined;
  const wildcard = !options.host || options.host === '0.0.0.0' || options.host === '::';
  const hosts = [...localhostAllowedHostnames(), ...(publicHost ? [publicHost] : []), ...(!wildcard && options.host ? [options.host] : [])];
  const origins = [...localhostAllowedOrigins(), ...(publicHost ? [publicHost] : [])];
  let deps: Promise<McpDeps> | undefined;
  const ready = () => (deps ??= mcpDeps(hub));
  const callers = new Map<string, AgentCaller>();
  const modern = createMcpHandler(async ({ authInfo }) => hubMcpServer(await ready(), callers.get(authInfo?.clientId ?? '') ?? unknownCaller()), { legacy: 'reject' });
  const legacy = new LegacySessions();

  app.all('/mcp', async (c) => {
    const request = c.req.raw;
    const rejected = (wildcard && !publicHost ? undefined : hostHeaderValidationResponse(request, hosts)) ?? originValidationResponse(request, origins);
    if (rejected) return rejected;
    const caller = await identify(c, hub, options);
    if (!caller) return unauthorized();
    const key = callerKey(caller);
    if (await isLegacyRequest(request)) {
      const resolved = await ready();
      return legacy.handle(request, key, () => hubMcpServer(resolved, caller));
    }
    callers.set(key, caller); // the factory reads it back by the authInfo handed through
    if (callers.size > 10_000) callers.delete(callers.keys().next().value ?? '');
    return modern.fetch(request, { authInfo: { token: '', clientId: key, scopes: [] } });
  });
  return { close: async () => { await Promise.all([modern.close(), legacy.closeAll()]); } };
}

async function identify(c: Context<HttpEnv>, hub: Hub, options: McpRouteOptions): Promise<AgentCaller | undefined> {
  const principal = c.get('principal');
  const anonymous = options.anonymousLoopback && !c.req.header('authorization') && LOOPBACK.test(clientAddress(c)) ? 'loopback' : undefined;
  try {
    return await agentCaller(hub, 'mcp', {
      client: c.get('agentClient'),
      principal: principal?.kind === 'api-token' ? principal : undefined, // a cookie is not a credential for agents
      endUser: c.req.header('x-agentos-user'),
      ...(anonymous ? { anonymous } : {}),
    });
  } catch (error) {
    if (toAgentOsError(error).code === 'UNAUTHENTICATED') return undefined;
    throw error;
  }
}

function unauthorized(): Response {
  return Response.json(
    { jsonrpc: '2.0', error: { code: -32001, message: '需要客户端密钥 / this entrance needs a client key: Authorization: Bearer <key from `agentos clients add <name>`>' }, id: null },
    { status: 401, headers: { 'www-authenticate': 'Bearer realm="agentos"' } },
  );
}

function unknownCaller(): never {
  throw new AgentOsError('UNAUTHENTICATED', 'no caller for this MCP request');
}
