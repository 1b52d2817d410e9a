import type { Tool } from '../catalog/index.ts';
import { checkAgainst, type CallOutcome, type CallRequest } from '../runtime/index.ts';
import type { OrchestratorDeps } from './deps.ts';

/**
 * Runs a tool: a written skill's API in the sandbox, or an automatic-mode tool through the page
 * operator on the mini-program's pages. Both answer with the same outcome, so the guard,
 * consent, confirmation and capture that follow are the same for both.
 */
export async function callTool(deps: Pick<OrchestratorDeps, 'runtime' | 'tools'>, tool: Tool, request: CallRequest): Promise<CallOutcome> {
  const plan = deps.tools.plan(tool.id);
  if (!plan) return deps.runtime.call(request);
  const invalid = checkAgainst(tool.inputSchema, structuredClone(request.arguments), 'arguments');
  if (invalid) {
    return {
      kind: 'result', appId: tool.appId, version: tool.version, skill: tool.skill, api: tool.api, orders: [], scopesRead: [], durationMs: 0,
      envelope: { isError: true, content: [{ type: 'text', text: request.locale === 'en' ? `Invalid arguments for ${tool.api}: ${invalid}. Nothing was done.` : `${tool.api} 的参数不对：${invalid}。没有执行。` }] },
    };
  }
  return deps.runtime.operate(request, plan);
}
