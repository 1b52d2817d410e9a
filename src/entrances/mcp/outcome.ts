import type { CallToolResult } from '@modelcontextprotocol/server';
import type { TurnResult } from '../../orchestrator/index.ts';
import { describeConfirmation, describeConsent, replyText } from '../agents/index.ts';

/** What a `requestState` carries between the input-required answer and the client's retry. */
export type HeldDecision =
  | { kind: 'confirmation'; sessionId: string; confirmationId: string; token: string }
  | { kind: 'consent'; sessionId: string; appId: string; scope: string };

type Schema = { type: 'object'; properties: Record<string, { type: 'boolean'; title: string; description: string }>; required: string[] };

const CONFIRM: Schema = {
  type: 'object',
  properties: { confirm: { type: 'boolean', title: '确认 / Confirm', description: 'true only if the user themself said yes to exactly this' } },
  required: ['confirm'],
};
const ALLOW: Schema = {
  type: 'object',
  properties: { allow: { type: 'boolean', title: '允许 / Allow', description: 'true only if the user themself allowed this' } },
  required: ['allow'],
};

/** The question a turn left for the user (a confirmation with its token, or a consent), if any. */
export function decisionRequest(result: TurnResult): { message: string; schema: Schema; decision: HeldDecision } | undefined {
  for (const event of result.events) {
    if (event.type === 'confirmation-request') {
      const token = result.tokens[event.confirmation.confirmationId];
      if (!token) continue;
      return {
        message: describeConfirmation(event.confirmation), schema: CONFIRM,
        decision: { kind: 'confirmation', sessionId: result.sessionId, confirmationId: event.confirmation.confirmationId, token },
      };
    }
    if (event.type === 'consent-request') {
      return { message: describeConsent(event), schema: ALLOW, decision: { kind: 'consent', sessionId: result.sessionId, appId: event.appId, scope: event.scope } };
    }
  }
  return undefined;
}

/**
 * The finished call as MCP content: a direct call's own result (what the mini-program
 * returned, as untrusted text plus its structured content), then what the hub said.
 */
export function toolResult(result: TurnResult, toolName: string | undefined): CallToolResult {
  const own = toolName ? result.events.find((e) => e.type === 'tool-result' && `${e.appId}.${e.api}` === toolName) : undefined;
  const refused = result.events.find((e) => e.type === 'error');
  const said = replyText(result.events);
  const text = [own?.type === 'tool-result' ? own.content : '', said, !own && refused?.type === 'error' ? refused.message : ''].filter(Boolean).join('\n');
  const isError = !!result.error || (own?.type === 'tool-result' ? own.isError : !!toolName && !!refused);
  return {
    content: [{ type: 'text', text: text || (isError ? 'failed / 失败' : 'done / 完成') }],
    ...(own?.type === 'tool-result' && own.structuredContent ? { structuredContent: own.structuredContent } : {}),
    ...(isError ? { isError: true } : {}),
  };
}
