import { randomUUID } from 'node:crypto';
import { Role, type Artifact, type Message, type Part } from '@a2a-js/sdk';
import type { CardView, ConfirmationRequest, HubEvent, UserInput } from '../../orchestrator/index.ts';

export const textPart = (text: string): Part => ({ content: { $case: 'text', value: text }, metadata: undefined, filename: '', mediaType: 'text/plain' });
export const dataPart = (value: Record<string, unknown>): Part => ({ content: { $case: 'data', value }, metadata: undefined, filename: '', mediaType: 'application/json' });

export function agentMessage(taskId: string, contextId: string, parts: Part[]): Message {
  return { messageId: randomUUID(), contextId, taskId, role: Role.ROLE_AGENT, parts, metadata: undefined, extensions: [], referenceTaskIds: [] };
}

export function artifact(name: string, parts: Part[], description = ''): Artifact {
  return { artifactId: randomUUID(), name, description, parts, metadata: undefined, extensions: [] };
}

/** What a confirmation asks, as the data part of an input-required status: exactly what the yes is bound to. */
export function confirmationData(c: ConfirmationRequest): Record<string, unknown> {
  return {
    type: 'confirmation', confirmationId: c.confirmationId, kind: c.kind, appId: c.appId, merchant: c.merchantName, title: c.title,
    ...(c.orderId ? { orderId: c.orderId } : {}),
    ...(c.amount !== undefined ? { amount: c.amount, currency: 'CNY' } : {}),
    ...(c.lines ? { lines: c.lines } : {}),
    ...(c.description ? { description: c.description } : {}),
    expiresAt: c.expiresAt,
    answer: { confirmationId: c.confirmationId, decision: 'confirm | decline (the user\'s own)' },
  };
}

export function consentData(e: Extract<HubEvent, { type: 'consent-request' }>): Record<string, unknown> {
  return { type: 'consent', appId: e.appId, miniProgram: e.appName, scope: e.scope, description: e.description, answer: { appId: e.appId, scope: e.scope, decision: 'allow | deny (the user\'s own)' } };
}

export function cardData(card: CardView): Record<string, unknown> {
  return { type: 'card', appId: card.appId, api: card.api, ...(card.result.structuredContent ? { structuredContent: card.result.structuredContent } : {}) };
}

/**
 * The user's input a message carries: a decision (a data part answering a confirmation or a
 * consent) or their words. A decision needs the confirmation's held token, looked up by id.
 */
export function readInput(message: Message): { kind: 'decision'; confirmationId: string; accept: boolean } | { kind: 'input'; input: UserInput } {
  for (const part of message.parts) {
    if (part.content?.$case !== 'data') continue;
    const value = (part.content.value ?? {}) as Record<string, unknown>;
    const decision = typeof value.decision === 'string' ? value.decision.toLowerCase() : undefined;
    if (typeof value.confirmationId === 'string' && decision) {
      return { kind: 'decision', confirmationId: value.confirmationId, accept: decision === 'confirm' || decision === 'accept' };
    }
    if (typeof value.appId === 'string' && typeof value.scope === 'string' && decision) {
      return { kind: 'input', input: { type: 'consent', appId: value.appId, scope: value.scope, grant: decision === 'allow' || decision === 'grant' } };
    }
  }
  const text = message.parts.flatMap((p) => (p.content?.$case === 'text' ? [p.content.value] : [])).join('\n');
  return { kind: 'input', input: { type: 'message', text } };
}
