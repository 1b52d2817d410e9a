import { inputRequired, inputResponse, ProtocolError, ProtocolErrorCode, type CallToolResult, type InputRequiredResult } from '@modelcontextprotocol/server';
import { AgentOsError, hashValue, toAgentOsError } from '../../core/index.ts';
import { standingSession } from '../../hub/index.ts';
import type { TurnResult, UserInput } from '../../orchestrator/index.ts';
import type { AgentCaller } from '../agents/index.ts';
import type { McpDeps } from './mcp-server.ts';
import { decisionRequest, toolResult } from './outcome.ts';
import { ASK_TOOL } from './tool-list.ts';

export interface CallRound {
  /** The `requestState` echoed on a retry, as the client sent it (untrusted). */
  requestState: string | undefined;
  inputResponses: Record<string, unknown> | undefined;
}

/**
 * One `tools/call` round. A first call runs the tool (or `ask`) through the orchestrator;
 * a retry carries the user's decision on what the first round asked, and is believed only
 * if its sealed state opens for this caller, tool and arguments — then the hub's own
 * confirmation (single use, bound to the order and amount) decides what is paid.
 */
export async function callTool(deps: McpDeps, caller: AgentCaller, call: { name: string; arguments: Record<string, unknown> }, round: CallRound): Promise<CallToolResult | InputRequiredResult> {
  const binding = `${caller.userId}\0${call.name}\0${hashValue(call.arguments)}`;
  try {
    if (typeof round.requestState === 'string') return await answer(deps, binding, round);
    const { hub } = deps;
    // The turn reads the live tools afresh; only a name the last reading lacks needs a reading here, to be told unknown.
    if (call.name !== ASK_TOOL && !hub.tools.tool(call.name)) {
      await hub.tools.refresh();
      if (!hub.tools.tool(call.name)) throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown tool: ${call.name} / 没有这个工具`);
    }
    const sessionId = await standingSession(hub, caller.userId, caller.entrance);
    const result = call.name === ASK_TOOL
      ? await hub.orchestrator.send(sessionId, { type: 'message', text: sentence(call.arguments) })
      : await hub.orchestrator.callTool(sessionId, call.name, call.arguments);
    return settle(deps, binding, call.name, result);
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    const e = toAgentOsError(error);
    return { content: [{ type: 'text', text: e.message }], isError: true };
  }
}

async function answer(deps: McpDeps, binding: string, round: CallRound): Promise<CallToolResult | InputRequiredResult> {
  const opened = deps.sealer.open(round.requestState ?? '', binding);
  if (!opened.ok) throw new ProtocolError(ProtocolErrorCode.InvalidParams, 'Invalid or expired requestState', { reason: 'invalid_request_state' });
  const decision = opened.value;
  const view = inputResponse(round.inputResponses, 'decision');
  if (view.kind !== 'elicit') {
    throw new ProtocolError(ProtocolErrorCode.InvalidParams, 'the retry carries no answer to "decision" / 重试没有带上用户的决定', { reason: 'missing_input_response' });
  }
  // Only an explicit yes counts; a decline, a dismissal or anything else leaves nothing paid.
  const yes = view.action === 'accept' && (view.content?.confirm === true || view.content?.allow === true);
  const input: UserInput = decision.kind === 'confirmation'
    ? { type: 'confirm', confirmationId: decision.confirmationId, token: decision.token, accept: yes }
    : { type: 'consent', appId: decision.appId, scope: decision.scope, grant: yes };
  const result = await deps.hub.orchestrator.send(decision.sessionId, input);
  return settle(deps, binding, undefined, result);
}

/** What the turn left: another question for the user, or the result. */
function settle(deps: McpDeps, binding: string, toolName: string | undefined, result: TurnResult): CallToolResult | InputRequiredResult {
  const asked = decisionRequest(result);
  if (!asked) return toolResult(result, toolName === ASK_TOOL ? undefined : toolName);
  return inputRequired({
    inputRequests: { decision: inputRequired.elicit({ message: asked.message, requestedSchema: asked.schema }) },
    requestState: deps.sealer.seal(asked.decision, binding),
  });
}

function sentence(args: Record<string, unknown>): string {
  const text = args.sentence;
  if (typeof text !== 'string' || !text.trim() || text.length > 2000) {
    throw new AgentOsError('BAD_REQUEST', 'ask 需要 sentence（1–2000 字）/ ask needs "sentence": the user\'s request, 1–2000 characters', { where: 'sentence' });
  }
  return text;
}
