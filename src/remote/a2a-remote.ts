import { randomUUID } from 'node:crypto';
import { Role, TaskState, type AgentCard, type Part, type Task } from '@a2a-js/sdk';
import { ClientFactory, type Client } from '@a2a-js/sdk/client';
import { AgentOsError } from '../core/index.ts';
import type { RemoteOutcome, RemoteToolSnapshot } from './types.ts';
import { untrusted } from './types.ts';

/** The card's address split the way the SDK's factory takes it. */
function cardLocation(cardUrl: string): { base: string; path: string } {
  const url = new URL(cardUrl);
  return url.pathname.endsWith('.json') ? { base: url.origin, path: url.pathname } : { base: cardUrl.replace(/\/+$/, ''), path: '/.well-known/agent-card.json' };
}

export async function connectA2a(cardUrl: string): Promise<Client> {
  const { base, path } = cardLocation(cardUrl);
  return new ClientFactory().createFromUrl(base, path);
}

/** Each skill of the card as a tool taking the request in words; the agent asks (input-required) before it commits. */
export function a2aSkills(card: AgentCard): RemoteToolSnapshot[] {
  return card.skills.map((skill) => ({
    name: skill.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'skill',
    description: [skill.name, skill.description, ...skill.examples.map((e) => `e.g. ${e}`)].filter(Boolean).join(' — '),
    inputSchema: { type: 'object', properties: { message: { type: 'string', description: 'what to ask the agent, in the user\'s words' } }, required: ['message'] },
    readOnly: false,
    confirm: false,
  }));
}

const text = (value: string): Part => ({ content: { $case: 'text', value }, metadata: undefined, filename: '', mediaType: 'text/plain' });
const data = (value: Record<string, unknown>): Part => ({ content: { $case: 'data', value }, metadata: undefined, filename: '', mediaType: 'application/json' });
const words = (parts: Part[] = []) => parts.flatMap((p) => (p.content?.$case === 'text' ? [p.content.value] : [])).join('\n');
const details = (parts: Part[] = []) => parts.flatMap((p) => (p.content?.$case === 'data' && p.content.value && typeof p.content.value === 'object' ? [p.content.value as Record<string, unknown>] : []))[0];

/**
 * Sends a request (or, with `resume`, the user's yes to what the agent asked) and reads the
 * task it comes back with: a result as untrusted text, or its question for the user.
 */
export async function callA2a(client: Client, service: string, args: Record<string, unknown>, resume: Record<string, unknown> | undefined): Promise<RemoteOutcome> {
  const parts = resume
    ? [typeof resume.confirmationId === 'string' ? data({ confirmationId: resume.confirmationId, decision: 'confirm' }) : text('confirm')]
    : [text(String(args.message ?? ''))];
  const sent = await client.sendMessage({
    tenant: '', configuration: undefined, metadata: undefined,
    message: { messageId: randomUUID(), role: Role.ROLE_USER, parts, contextId: String(resume?.contextId ?? ''), taskId: String(resume?.taskId ?? ''), metadata: undefined, extensions: [], referenceTaskIds: [] },
  });
  if (!('status' in sent)) return { kind: 'result', envelope: { isError: false, content: [{ type: 'text', text: untrusted(service, words(sent.parts)) }] } };
  const task = sent as Task;
  const said = [words(task.status?.message?.parts), ...task.artifacts.map((a) => words(a.parts))].filter(Boolean).join('\n');
  const state = task.status?.state;
  if (state === TaskState.TASK_STATE_INPUT_REQUIRED || state === TaskState.TASK_STATE_AUTH_REQUIRED) {
    const asked = details(task.status?.message?.parts);
    return {
      kind: 'input-required', question: untrusted(service, said || 'confirm?'), ...(asked ? { details: asked } : {}),
      resume: { taskId: task.id, contextId: task.contextId, ...(typeof asked?.confirmationId === 'string' ? { confirmationId: asked.confirmationId } : {}) },
    };
  }
  if (state !== TaskState.TASK_STATE_COMPLETED && state !== TaskState.TASK_STATE_FAILED && state !== TaskState.TASK_STATE_REJECTED && state !== TaskState.TASK_STATE_CANCELED) {
    throw new AgentOsError('CONFLICT', `${service} left the task ${TaskState[state ?? 0] ?? state}; the hub waits only for finished or input-required tasks`);
  }
  const structured = task.artifacts.map((a) => details(a.parts)).find(Boolean);
  return {
    kind: 'result',
    envelope: { isError: state !== TaskState.TASK_STATE_COMPLETED, content: [{ type: 'text', text: untrusted(service, said) }], ...(structured ? { structuredContent: structured } : {}) },
  };
}
