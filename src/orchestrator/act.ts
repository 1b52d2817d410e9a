import { AgentOsError, hashValue, log, plainCopy, toAgentOsError } from '../core/index.ts';
import { isConfirmRequired, isReadOnly, type Tool } from '../catalog/index.ts';
import { RESUME } from '../remote/index.ts';
import { checkAgainst, type ApiEnvelope, type CallOutcome } from '../runtime/index.ts';
import type { OrchestratorDeps } from './deps.ts';
import { checkDataFlow, checkIds, harvestIds } from './guard.ts';
import type { HeldCall } from './session-state.ts';
import { confirmationRequest } from './confirmation-card.ts';
import { cardFor, writtenCard } from './order-card.ts';
import { callTool } from './operate-derived.ts';
import { scopeDescription } from './scopes.ts';
import type { Turn } from './turn.ts';

/** How a call ended for the turn: go on planning, or stop and wait for the user. */
export type ActOutcome = 'continue' | 'paused';

export interface ActOptions {
  /** The user's own yes has been redeemed for this call. */
  confirmed?: boolean;
  /** `system`: the hub's own call (a payment notice), in the runtime's system mode. */
  mode?: 'api' | 'system';
  /**
   * The result is for the mini-program's own books (its answer to a notice that an order was
   * canceled): shown as an event, never put before the planner to be told to the user, who has
   * heard from the hub what happened to their money.
   */
  booksOnly?: boolean;
}

/**
 * Guard, then act: every tool call passes here, whoever asked for it. The trust layer
 * decides what needs the user first; the runtime runs the API; the result goes into the
 * transcript as Fact + Action (never `_meta`), a card, and any confirmations it requires.
 */
export async function act(deps: OrchestratorDeps, turn: Turn, call: HeldCall, options: ActOptions = {}): Promise<ActOutcome> {
  const tool = deps.tools.tool(call.toolId);
  const callId = `c${++turn.state.callCount}`;
  if (!tool) {
    turn.note(`Refused: there is no live tool "${call.toolId}". Use discovery to find one.`);
    return 'continue';
  }
  // A call that may change something (or asks the user) runs only once the request it serves is saved; a read-only one is simply asked again.
  if (!isReadOnly(tool)) await turn.saveRequest();
  if (call.by !== 'hub') {
    // Stryker disable next-line ArrayDeclaration: equivalent: a placeholder in an empty list is no tool's id
    if ((turn.state.hubOnly ?? []).includes(tool.id)) {
      return refuse(turn, callId, tool, call, `Refused: ${tool.api} is the payment callback of an order; only the hub calls it, after the user decides on the confirmation card.`, 'HUB_ONLY');
    }
    const ids = checkIds(tool, call.arguments, turn.state);
    const verdict = ids.ok ? checkDataFlow(tool, call.arguments, turn.state.transcript) : ids;
    if (!verdict.ok) return refuse(turn, callId, tool, call, verdict.reason, 'ID_REFUSED');
    if (isConfirmRequired(tool) && !options.confirmed) {
      // Stryker disable next-line StringLiteral: the label's wording in the refusal (the field at fault is tested)
      const invalid = checkAgainst(tool.inputSchema, plainCopy(call.arguments), 'arguments');
      if (!invalid) return holdForConfirmation(deps, turn, tool, call);
      return refuse(turn, callId, tool, call, `Invalid arguments for ${tool.api}: ${invalid}. Nothing was done.`);
    }
  }
  turn.state.transcript.push({ role: 'tool-call', callId, toolId: tool.id, arguments: call.arguments });
  turn.emit({ type: 'tool-call', appId: tool.appId, api: tool.api, arguments: call.arguments, by: call.by });
  if (tool.remote) return actRemote(deps, turn, tool, call, callId);
  let outcome: CallOutcome;
  try {
    outcome = await callTool(deps, tool, {
      appId: tool.appId, version: tool.version, api: tool.api, arguments: call.arguments,
      userId: turn.user.id, sessionId: turn.session.id, grants: await grantsFor(deps, turn, tool.appId),
      locale: turn.lang === 'en' ? 'en' : 'zh_CN', mode: options.mode ?? 'api', cardWithOrders: true,
    });
  } catch (error) {
    const e = toAgentOsError(error);
    turn.state.transcript.push({ role: 'tool-result', callId, toolId: tool.id, isError: true, content: e.message, by: 'hub' });
    turn.emit({ type: 'error', code: e.code, message: e.message });
    return 'continue';
  }
  if (outcome.kind === 'consent-required') {
    turn.state.pending.push({ kind: 'consent', appId: tool.appId, scope: outcome.scope, call });
    turn.emit({ type: 'consent-request', appId: tool.appId, appName: tool.appName, scope: outcome.scope, description: scopeDescription(outcome.scope, turn.lang) });
    turn.note(`${tool.appName} asked for the user's ${outcome.scope}; waiting for the user's consent.`);
    return 'paused';
  }
  const { envelope } = outcome;
  recordResult(turn, callId, tool, envelope, outcome.scopesRead, options.booksOnly);
  for (const filter of outcome.expiredCards ?? []) turn.emit({ type: 'cards-expire', appId: tool.appId, filter, scope: 'all' });
  await showCard(deps, turn, tool, envelope, call.arguments);
  if (envelope.handoff) turn.emit({ type: 'handoff', appId: tool.appId, version: tool.version, ...envelope.handoff, from: 'result' });
  let paused = false;
  for (const order of outcome.orders) {
    const issued = writtenCard(order.card, order.orderId) ?? await cardFor(deps, turn, tool, order.orderId);
    if (!issued) continue;
    const { amountFen } = issued;
    turn.tokens[issued.id] = issued.token;
    if (order.notifyApi) turn.state.hubOnly = [...new Set([...(turn.state.hubOnly ?? []), `${tool.appId}.${order.notifyApi}`])];
    turn.state.pending.push({ kind: 'confirmation', confirmationId: issued.id, confirmKind: 'payment', appId: tool.appId, orderId: order.orderId, amountFen, ...(order.notifyApi ? { notifyApi: order.notifyApi } : {}), skill: order.skill });
    turn.emit({ type: 'confirmation-request', confirmation: confirmationRequest(issued) });
    turn.note(`Order ${order.orderId} (¥${(amountFen / 100).toFixed(2)}) waits for the user's own confirmation on the card; the hub will report the outcome.`);
    paused = true;
  }
  if (paused) return 'paused';
  for (const next of envelope.isError ? [] : envelope.apiCalls ?? []) {
    if (turn.chained >= CHAIN_LIMIT) {
      turn.note(`${tool.api} asked to chain ${next.name}, but this turn already made ${CHAIN_LIMIT} chained calls; the rest are ignored.`);
      break;
    }
    turn.chained++;
    const chained = deps.tools.toolsOf(tool.appId).find((t) => t.api === next.name && t.skill === tool.skill);
    if (!chained) {
      turn.note(`${tool.api} asked to chain ${next.name}, which its skill does not have; ignored.`);
      continue;
    }
    if ((await act(deps, turn, { toolId: chained.id, arguments: next.arguments, by: 'chain' })) === 'paused') return 'paused';
  }
  return 'continue';
}

/**
 * A remote service's tool: its result is recorded like any (untrusted text); when the remote
 * agent waits for the user, the hub asks the user itself with a confirmation bound to that
 * remote task, and only the user's yes continues it.
 */
async function actRemote(deps: OrchestratorDeps, turn: Turn, tool: Tool, call: HeldCall, callId: string): Promise<ActOutcome> {
  try {
    if (!deps.remote) throw new AgentOsError('UNAVAILABLE', `remote services are not wired into this hub; ${tool.id} cannot be called`);
    if (call.by !== 'hub' && RESUME in call.arguments) throw new AgentOsError('FORBIDDEN', `Refused: only the hub continues a remote task, after the user's own yes (${RESUME} is not an argument).`);
    const outcome = await deps.remote.call(tool, call.arguments, { userId: turn.user.id, sessionId: turn.session.id });
    if (outcome.kind === 'result') {
      recordResult(turn, callId, tool, outcome.envelope, []);
      return 'continue';
    }
    const held: HeldCall = { toolId: tool.id, arguments: { ...call.arguments, [RESUME]: outcome.resume }, by: call.by };
    return holdForConfirmation(deps, turn, tool, held, outcome.question);
  } catch (error) {
    const e = toAgentOsError(error);
    turn.state.transcript.push({ role: 'tool-result', callId, toolId: tool.id, isError: true, content: e.message, by: 'hub' });
    turn.emit({ type: 'error', code: e.code, message: e.message });
    return 'continue';
  }
}

/** Chained calls (`apiCalls`) one turn makes at most: a result that chains to itself ends here. */
export const CHAIN_LIMIT = 16;

/** A call the guard stops: the planner reads why (as the call's error result); `code` also tells the entrance. */
function refuse(turn: Turn, callId: string, tool: Tool, call: HeldCall, reason: string, code?: string): ActOutcome {
  turn.state.transcript.push({ role: 'tool-call', callId, toolId: tool.id, arguments: call.arguments });
  turn.state.transcript.push({ role: 'tool-result', callId, toolId: tool.id, isError: true, content: reason, by: 'hub' });
  if (code) turn.emit({ type: 'error', code, message: reason });
  return 'continue';
}

/** The user's consent decisions for a mini-program, read once per turn. */
async function grantsFor(deps: OrchestratorDeps, turn: Turn, appId: string) {
  let grants = turn.grants.get(appId);
  if (!grants) turn.grants.set(appId, (grants = await deps.trust.getGrants(turn.user.id, appId)));
  return grants;
}

function recordResult(turn: Turn, callId: string, tool: Tool, envelope: ApiEnvelope, scopesRead: string[], booksOnly = false): void {
  const content = envelope.content.map((c) => c.text).join('\n');
  const known = new Set(turn.state.knownIds);
  if (!envelope.isError) harvestIds(envelope.structuredContent, known);
  turn.state.knownIds = [...known];
  turn.state.transcript.push(booksOnly
    ? { role: 'hub', text: `${tool.api} acknowledged the notice; what it answered is for its own records and is not news for the user.` }
    : {
      role: 'tool-result', callId, toolId: tool.id, isError: envelope.isError, content,
      ...(envelope.structuredContent ? { structuredContent: envelope.structuredContent } : {}),
    });
  turn.emit({
    type: 'tool-result', appId: tool.appId, api: tool.api, isError: envelope.isError, content,
    ...(envelope.structuredContent ? { structuredContent: envelope.structuredContent } : {}),
    ...(scopesRead.length ? { scopesRead } : {}),
  });
}

async function showCard(deps: OrchestratorDeps, turn: Turn, tool: Tool, envelope: ApiEnvelope, args: Record<string, unknown>): Promise<void> {
  if (envelope.isError || !tool.componentPath) return;
  try {
    const card = await deps.runtime.renderCard({
      appId: tool.appId, version: tool.version, userId: turn.user.id, sessionId: turn.session.id, componentPath: tool.componentPath, result: envelope, arguments: args,
    });
    turn.emit({
      type: 'card',
      card: {
        appId: tool.appId, api: tool.api, version: tool.version, componentPath: tool.componentPath, tree: card.tree, text: card.text, result: envelope, arguments: args,
        ...(card.relatedPage ? { relatedPage: card.relatedPage } : {}),
      },
    });
    for (const filter of card.expirePrevious ?? []) turn.emit({ type: 'cards-expire', appId: tool.appId, filter, scope: 'previous' });
  } catch (error) {
    // Stryker disable next-line StringLiteral: the log line's wording (its fields are tested)
    log.warn({ app: tool.appId, api: tool.api, error: String(error) }, 'card failed to render');
  }
}

/** An API that commits the user runs only after the user's own yes, bound to these exact arguments. */
async function holdForConfirmation(deps: OrchestratorDeps, turn: Turn, tool: Tool, call: HeldCall, asked?: string): Promise<ActOutcome> {
  const argsHash = hashValue({ toolId: tool.id, arguments: call.arguments });
  const description = asked ?? `${tool.appName}: ${tool.description.split(/[。.\n]/)[0] ?? tool.api} ${JSON.stringify(call.arguments)}`;
  const issued = await deps.trust.create({
    userId: turn.user.id, sessionId: turn.session.id, kind: 'action', appId: tool.appId, argsHash,
    summary: { title: tool.api, merchantName: tool.appName, payee: tool.appName, description },
  });
  turn.tokens[issued.id] = issued.token;
  turn.state.pending.push({ kind: 'confirmation', confirmationId: issued.id, confirmKind: 'action', appId: tool.appId, argsHash, call });
  turn.emit({ type: 'confirmation-request', confirmation: confirmationRequest(issued) });
  turn.note(`${tool.api} commits the user, so it waits for the user's own confirmation on the card.`);
  return 'paused';
}
