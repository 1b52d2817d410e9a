import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { HUB_VERSION } from '../core/index.ts';
import type { RemoteEndpoint, RemoteOutcome, RemoteToolSnapshot } from './types.ts';
import { untrusted } from './types.ts';

type McpEndpoint = Extract<RemoteEndpoint, { kind: 'mcp' }>;

/** A connected MCP client for one remote server (either era; elicitation is never auto-answered). */
export async function connectMcp(endpoint: McpEndpoint): Promise<Client> {
  const client = new Client({ name: 'agentos', version: HUB_VERSION }, { versionNegotiation: { mode: 'auto' } });
  const transport = 'url' in endpoint
    ? new StreamableHTTPClientTransport(new URL(endpoint.url))
    : new StdioClientTransport({ command: endpoint.command, args: endpoint.args, stderr: 'ignore' });
  await client.connect(transport);
  return client;
}

/** The server's tools as the operator reviews them: anything not marked read-only needs the user's yes. */
export async function listMcpTools(client: Client): Promise<RemoteToolSnapshot[]> {
  const tools: RemoteToolSnapshot[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listTools(cursor ? { cursor } : {});
    for (const tool of page.tools) {
      const readOnly = tool.annotations?.readOnlyHint === true;
      tools.push({ name: tool.name, description: tool.description ?? tool.title ?? tool.name, inputSchema: tool.inputSchema as Record<string, unknown>, readOnly, confirm: !readOnly });
    }
    cursor = page.nextCursor;
  } while (cursor && tools.length < 500);
  return tools;
}

export async function callMcp(client: Client, service: string, name: string, args: Record<string, unknown>): Promise<RemoteOutcome> {
  const result = await client.callTool({ name, arguments: args });
  const text = (result.content ?? []).map((c) => (c.type === 'text' ? c.text : `[${c.type}]`)).join('\n');
  return {
    kind: 'result',
    envelope: {
      isError: result.isError === true,
      content: [{ type: 'text', text: untrusted(service, text) }],
      ...(result.structuredContent && typeof result.structuredContent === 'object' ? { structuredContent: result.structuredContent as Record<string, unknown> } : {}),
    },
  };
}
