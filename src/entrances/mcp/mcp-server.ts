import { Server } from '@modelcontextprotocol/server';
import { HUB_VERSION } from '../../core/index.ts';
import { hubKey, type Hub } from '../../hub/index.ts';
import { StateSealer, type AgentCaller } from '../agents/index.ts';
import { callTool } from './call-tool.ts';
import type { HeldDecision } from './outcome.ts';
import { mcpTools } from './tool-list.ts';

export interface McpDeps {
  hub: Hub;
  sealer: StateSealer<HeldDecision>;
}

/** The hub and the sealer every process shares for `requestState` (its key lives in the store). */
export async function mcpDeps(hub: Hub): Promise<McpDeps> {
  return { hub, sealer: new StateSealer<HeldDecision>(await hubKey(hub.store, 'mcp-request-state')) };
}

const INSTRUCTIONS = [
  'AgentOS turns a request into a finished task across mini-programs.',
  'Use `ask` with the user\'s sentence, or call a mini-program\'s API directly (`<app>.<api>`).',
  'Anything that pays or commits the user comes back as an input request: show it to the user and send their own decision; the hub never takes the model\'s word for it.',
].join(' ');

/**
 * One MCP server instance acting for one caller: the live APIs and `ask` as tools, every call
 * through the orchestrator's guard. Built per HTTP request (2026-07-28), per session
 * (2025-11-25), or once for stdio.
 */
export function hubMcpServer(deps: McpDeps, caller: AgentCaller): Server {
  const server = new Server(
    { name: 'agentos', title: 'AgentOS', version: HUB_VERSION },
    { capabilities: { tools: { listChanged: true }, resources: {}, prompts: {}, logging: {} }, instructions: INSTRUCTIONS },
  );
  server.setRequestHandler('tools/list', async () => ({ tools: await mcpTools(deps.hub.tools) }));
  server.setRequestHandler('tools/call', (request, ctx) =>
    callTool(deps, caller, { name: request.params.name, arguments: request.params.arguments ?? {} }, {
      requestState: ctx.mcpReq.requestState<string>(), inputResponses: ctx.mcpReq.inputResponses,
    }));
  server.setRequestHandler('resources/list', () => ({ resources: [] }));
  server.setRequestHandler('resources/templates/list', () => ({ resourceTemplates: [] }));
  server.setRequestHandler('prompts/list', () => ({ prompts: [] }));
  return server;
}
