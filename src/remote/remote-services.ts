import type { Client as A2aClient } from '@a2a-js/sdk/client';
import type { Client as McpClient } from '@modelcontextprotocol/client';
import type { Tool, ToolSource } from '../catalog/index.ts';
import { AgentOsError, hashValue, type Clock } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { a2aSkills, callA2a, connectA2a } from './a2a-remote.ts';
import { callMcp, connectMcp, listMcpTools } from './mcp-remote.ts';
import { RESUME, type RemoteCaller, type RemoteEndpoint, type RemoteOutcome, type RemoteToolSnapshot } from './types.ts';

export interface RemoteService {
  name: string;
  kind: 'a2a' | 'mcp';
  endpoint: RemoteEndpoint;
  tools: RemoteToolSnapshot[];
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string | undefined;
}

interface Row { name: string; kind: 'a2a' | 'mcp'; endpoint: RemoteEndpoint; tools: RemoteToolSnapshot[]; status: RemoteService['status']; decided_by: string | null }
const view = (r: Row): RemoteService => ({ name: r.name, kind: r.kind, endpoint: r.endpoint, tools: r.tools, status: r.status, decidedBy: r.decided_by ?? undefined });

/**
 * Remote A2A agents and MCP servers as vertical services. Adding one snapshots its tools
 * for review (pending, not callable); an operator's approval makes exactly that snapshot
 * live; calls go only to approved tools, with the approved schema, through the same gates
 * as a mini-program's APIs (the orchestrator's guard decides what needs the user's yes).
 */
export class RemoteServices implements ToolSource, RemoteCaller {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #mcp = new Map<string, Promise<McpClient>>();
  readonly #a2a = new Map<string, Promise<A2aClient>>();

  constructor({ store, clock }: { store: Store; clock: Clock }) {
    this.#store = store;
    this.#clock = clock;
  }

  /** Connects, reads what the service offers, and files it for review (again, if it was there: re-review). */
  async add(name: string, endpoint: RemoteEndpoint): Promise<RemoteService> {
    if (!/^[a-z0-9][a-z0-9-]{0,31}$/.test(name)) {
      throw new AgentOsError('BAD_REQUEST', `服务名称不合法：「${name}」/ invalid service name "${name}"`, { where: 'name', fix: 'use 1–32 lowercase letters, digits or dashes (it becomes the tools\' prefix: name.tool)' });
    }
    let tools: RemoteToolSnapshot[];
    try {
      if (endpoint.kind === 'mcp') {
        const client = await connectMcp(endpoint);
        tools = await listMcpTools(client).finally(() => void client.close());
      } else {
        tools = a2aSkills(await (await connectA2a(endpoint.cardUrl)).getAgentCard());
      }
    } catch (error) {
      throw new AgentOsError('BAD_REQUEST', `连不上 ${name} / could not reach ${name}: ${(error as Error).message}`, { where: 'endpoint', fix: endpoint.kind === 'a2a' ? 'give the agent card\'s URL (…/.well-known/agent-card.json) of a running agent' : 'give the URL of a running MCP server (…/mcp) or a command that starts one' });
    }
    if (!tools.length) throw new AgentOsError('BAD_REQUEST', `${name} offers no tools / 没有可用的工具`, { where: 'endpoint' });
    const rows = await this.#store.query<Row>(
      `INSERT INTO remote_services (name, kind, endpoint, tools, status, created_at) VALUES ($1, $2, $3, $4, 'pending', $5)
       ON CONFLICT (name) DO UPDATE SET kind = EXCLUDED.kind, endpoint = EXCLUDED.endpoint, tools = EXCLUDED.tools, status = 'pending', decided_by = NULL, decided_at = NULL
       RETURNING *`,
      [name, endpoint.kind, JSON.stringify(endpoint), JSON.stringify(tools), this.#clock.now().toISOString()]);
    this.#forget(name);
    return view(rows[0] as Row);
  }

  /** The operator's decision; `noConfirm` names tools the operator lets run without asking the user each time. */
  async decide(name: string, decision: 'approve' | 'reject', by: string, options: { reason?: string; noConfirm?: string[]; confirm?: string[] } = {}): Promise<RemoteService> {
    const service = await this.get(name);
    const unknown = [...(options.noConfirm ?? []), ...(options.confirm ?? [])].filter((t) => !service.tools.some((x) => x.name === t));
    if (unknown.length) throw new AgentOsError('BAD_REQUEST', `${name} has no tool ${unknown.join(', ')}`, { where: 'tools', fix: `one of: ${service.tools.map((t) => t.name).join(', ')}` });
    const tools = service.tools.map((t) => ({ ...t, confirm: options.confirm?.includes(t.name) ? true : options.noConfirm?.includes(t.name) ? false : t.confirm }));
    const [row] = await this.#store.query<Row>(
      'UPDATE remote_services SET status = $2, decided_by = $3, reason = $4, decided_at = $5, tools = $6 WHERE name = $1 RETURNING *',
      [name, decision === 'approve' ? 'approved' : 'rejected', by, options.reason ?? '', this.#clock.now().toISOString(), JSON.stringify(tools)]);
    return view(row as Row);
  }

  async get(name: string): Promise<RemoteService> {
    const [row] = await this.#store.query<Row>('SELECT * FROM remote_services WHERE name = $1', [name]);
    if (!row) throw new AgentOsError('NOT_FOUND', `no remote service ${name} / 没有这个远程服务`, { fix: 'add it first (agentos agents add / agentos mcp-servers add)' });
    return view(row);
  }

  async list(kind?: 'a2a' | 'mcp'): Promise<RemoteService[]> {
    return (await this.#store.query<Row>('SELECT * FROM remote_services WHERE $1::text IS NULL OR kind = $1 ORDER BY name', [kind ?? null])).map(view);
  }

  async key(): Promise<string> {
    const [row] = await this.#store.query<{ key: string }>(`SELECT ${this.keySql} AS key`);
    return row?.key ?? '';
  }

  /** The approved snapshots' digest, computed where they are (nothing crosses when nothing changed). */
  readonly keySql = "(SELECT coalesce(md5(string_agg(name || ':' || tools::text, ',' ORDER BY name)), '') FROM remote_services WHERE status = 'approved')";

  /** The approved snapshots as tools (`<service>.<tool>`): read-only ones free, the rest behind the user's yes. */
  async tools(): Promise<Tool[]> {
    const approved = (await this.list()).filter((s) => s.status === 'approved');
    return approved.flatMap((service) => service.tools.map((t): Tool => ({
      id: `${service.name}.${t.name}`, appId: service.name, appName: service.name, version: hashValue(service.tools).slice(0, 12), skill: service.kind,
      api: t.name, description: t.description, inputSchema: t.inputSchema as Tool['inputSchema'],
      annotations: { readOnlyHint: t.readOnly, confirmRequired: t.confirm }, siblings: service.tools.map((x) => x.name), remote: service.kind,
    })));
  }

  async call(tool: Tool, args: Record<string, unknown>): Promise<RemoteOutcome> {
    const service = await this.get(tool.appId);
    if (service.status !== 'approved' || !service.tools.some((t) => t.name === tool.api)) {
      throw new AgentOsError('FORBIDDEN', `${tool.id} is not an approved tool of ${service.name}`, { fix: 'an operator reviews and approves it first' });
    }
    const { [RESUME]: resume, ...plain } = args;
    try {
      if (service.endpoint.kind === 'a2a') return await callA2a(await this.#client(this.#a2a, service.name, () => connectA2a((service.endpoint as { cardUrl: string }).cardUrl)), service.name, plain, resume as Record<string, unknown> | undefined);
      const endpoint = service.endpoint;
      return await callMcp(await this.#client(this.#mcp, service.name, () => connectMcp(endpoint)), service.name, tool.api, plain);
    } catch (error) {
      this.#forget(service.name); // reconnect next time
      throw new AgentOsError('UNAVAILABLE', `${service.name} did not answer: ${(error as Error).message}`, { fix: 'try again later; the operator can check the remote service' });
    }
  }

  async close(): Promise<void> {
    const clients = [...this.#mcp.values()];
    this.#mcp.clear();
    this.#a2a.clear();
    await Promise.all(clients.map((c) => c.then((client) => client.close()).catch(() => undefined)));
  }

  #client<T>(cache: Map<string, Promise<T>>, name: string, connect: () => Promise<T>): Promise<T> {
    let client = cache.get(name);
    if (!client) cache.set(name, (client = connect()));
    return client;
  }

  #forget(name: string): void {
    void this.#mcp.get(name)?.then((c) => c.close()).catch(() => undefined);
    this.#mcp.delete(name);
    this.#a2a.delete(name);
  }
}
