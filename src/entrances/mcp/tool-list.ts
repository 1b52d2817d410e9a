import type { Tool as McpTool } from '@modelcontextprotocol/server';
import { isConfirmRequired, isReadOnly, type LiveTools, type Tool } from '../../catalog/index.ts';

/** The one tool that takes a whole sentence through the orchestrator. */
export const ASK_TOOL = 'ask';

const ASK: McpTool = {
  name: ASK_TOOL,
  title: 'Ask AgentOS / 让 AgentOS 办事',
  description: 'Say what the user wants done in one sentence (Chinese or English), e.g. 「帮我在国贸店点一杯大杯冰拿铁」. The hub finds the mini-program, calls it, and asks the user to confirm anything that pays or commits them.',
  inputSchema: {
    type: 'object',
    properties: { sentence: { type: 'string', description: "the user's request, in their own words", minLength: 1, maxLength: 2000 } },
    required: ['sentence'],
  },
  annotations: { title: 'Ask AgentOS', readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
};

/**
 * Every live API as an MCP tool, named `<mini-program>.<api>` with the description and input
 * schema of its mcp.json. The hints say what the hub knows: read-only only when declared so,
 * destructive when the API commits the user (the hub then asks for confirmation), open-world
 * always (a third party answers). No output schema: the hub passes results on as the
 * mini-program gave them.
 */
export async function mcpTools(tools: LiveTools): Promise<McpTool[]> {
  await tools.refresh();
  return [ASK, ...tools.apps().flatMap((app) => tools.toolsOf(app.appId)).map(toMcpTool)];
}

function toMcpTool(tool: Tool): McpTool {
  const declared = tool.annotations ?? {};
  const readOnly = isReadOnly(tool);
  return {
    name: tool.id,
    title: `${tool.appName} · ${tool.api}`,
    description: tool.description.trim() || `${tool.api} (${tool.appName})`,
    inputSchema: { ...tool.inputSchema, type: 'object' } as McpTool['inputSchema'],
    annotations: {
      title: `${tool.appName} · ${tool.api}`,
      readOnlyHint: readOnly,
      ...(readOnly ? {} : { destructiveHint: isConfirmRequired(tool) || declared.destructiveHint !== false }),
      ...(declared.idempotentHint !== undefined ? { idempotentHint: declared.idempotentHint } : {}),
      openWorldHint: true,
    },
  };
}
