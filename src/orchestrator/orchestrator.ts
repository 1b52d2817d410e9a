import { AgentOsError, newId, toAgentOsError } from '../core/index.ts';
import { findNode } from '../runtime/index.ts';
import { isConsentScope } from '../trust/index.ts';
import { act, type ActOutcome } from './act.ts';
import { expiryFilters } from './card-expiry.ts';
import { confirmationRequest } from './confirmation-card.ts';
import type { OrchestratorDeps } from './deps.ts';
import type { HubEvent, SequencedEvent } from './events.ts';
import type { TurnResult, UserInput } from './inputs.ts';
import { isAffirmative, isAsideQuestion, isNegative } from './understand/index.ts';
import { acceptConfirmation, declineConfirmation, finishAccepted, removePending } from './settle.ts';
import type { Pending } from './session-state.ts';
import type { SessionStore } from './session-store.ts';
import { Turn } from './turn.ts';
import type { WithLastSave } from './turn-write.ts';

/**
 * The AgentOS core: a sentence in, a finished task out. Each turn is planned step by step
 * (discover → decide → guard → act → observe); everything it changes is saved with the
 * turn's events, so a restarted hub resumes where it stopped.
 */
export class Orchestrator {
  readonly #deps: OrchestratorDeps;

  constructor(deps: OrchestratorDeps) {
    this.#deps = deps;
  }

  get sessions(): SessionStore {
    return this.#deps.sessions;
  }

  async openSession(userId: string, entrance = 'api'): Promise<string> {
    return (await this.#deps.sessions.create(userId, entrance)).id;
  }

  /**
   * Opens a session and runs its first turn: the same as `openSession` then `send`, one
   * statement fewer (the session is written with the read its turn starts from). `sessionId`
   * names the new session when the entrance has already told its client the id.
   */
  start(userId: string, entrance: string, input: UserInput, listener?: (event: HubEvent) => void, sessionId = newId('ses'), withLastSave?: WithLastSave): Promise<TurnResult> {
    if (input.type === 'tap' && input.call) return this.send(sessionId, input, listener); // refused, as in any session
    return this.#turn(sessionId, listener, (turn) => this.#dispatch(turn, input), () => this.#deps.sessions.open(userId, entrance, sessionId), withLastSave);
  }

  /**
   * Runs one turn for the user's input; `listener` sees each event as it happens; `withLastSave`
   * lets the entrance store its own record of the turn with it (see `TurnWrite`).
   */
  send(sessionId: string, input: UserInput, listener?: (event: HubEvent) => void, withLastSave?: WithLastSave): Promise<TurnResult> {
    if (input.type === 'tap' && input.call) {
      // An entrance cannot name a call itself: only a card's handler, run by the hub (tapCard), offers one.
      const { appId, name } = input.call;
      return Promise.reject(new AgentOsError('FORBIDDEN', `这次点击带有调用 ${appId}.${name}，但本会话没有卡片提供它 / this tap carries a call to ${appId}.${name} that no card of this session offered`, {
        where: 'call', fix: 'tap the card itself (POST /api/sessions/{id}/card-tap with the card event\'s seq and the node\'s path): its own handler decides what to call',
      }));
    }
    return this.#turn(sessionId, listener, (turn) => this.#dispatch(turn, input), undefined, withLastSave);
  }

  #turn(sessionId: string, listener: ((event: HubEvent) => void) | undefined, body: (turn: Turn) => Promise<void>, begin = () => this.#deps.sessions.loadWithUser(sessionId), withLastSave?: WithLastSave): Promise<TurnResult> {
    return this.#deps.sessions.exclusive(sessionId, async () => {
      const { session, user, catalogStamp } = await begin();
      const turn = new Turn(session, user, session.entrance, listener, (t, also) => this.#deps.sessions.save(t.session, t.takeUnsaved(), also));
      // The user's own remembered choices (「老样子」) are theirs to use, like IDs they typed.
      turn.state.knownIds = [...new Set([...turn.state.knownIds, ...remembered(user.preferences)])];
      await this.#deps.tools.refresh(catalogStamp);
      try {
        await body(turn);
      } catch (error) {
        const e = toAgentOsError(error);
        turn.failure = e;
        turn.emit({ type: 'error', code: e.code, message: e.message });
        turn.say(turn.t(`抱歉，出了点问题：${e.message}`, `Sorry, something went wrong: ${e.message}`));
        turn.setTask('failed');
      }
      const resultWith = (events: SequencedEvent[]): TurnResult => ({
        sessionId, events, tokens: turn.tokens, taskId: session.state.taskId, taskState: session.state.taskState,
        waitingFor: session.state.pending.map((p) => p.kind),
        ...(turn.failure ? { error: turn.failure.toJSON() } : {}),
      });
      await turn.checkpoint(withLastSave && ((sequenced) => withLastSave(resultWith([...turn.saved, ...sequenced]))));
      return resultWith(turn.saved);
    });
  }

  /**
   * Picks a session up after a restart: a turn that was cut off mid-way is planned again
   * from its saved state; a confirmation the user already answered is finished (captured or
   * canceled) as answered; one still open gets a fresh token under the same id (tokens are
   * never stored, so they died with the process), which a resume cut off itself cannot confuse.
   */
  resume(sessionId: string, listener?: (event: HubEvent) => void): Promise<TurnResult> {
    return this.#turn(sessionId, listener, async (turn) => {
      for (const pending of [...turn.state.pending]) {
        if (pending.kind !== 'confirmation') continue;
        const old = await this.#deps.trust.get(pending.confirmationId);
        if (old?.status === 'redeemed') {
          // The user's yes was redeemed when the last process stopped: finish it, never ask again.
          turn.setTask('working');
          if ((await this.#finishInterrupted(turn, pending)) === 'paused') return this.#settleState(turn);
          continue;
        }
        if (old?.status === 'declined') {
          await declineConfirmation(this.#deps, turn, pending); // the no was recorded: finish canceling the order
          continue;
        }
        const issued = old?.status === 'pending' ? await this.#deps.trust.reissue({ id: old.id, userId: turn.user.id, sessionId: turn.session.id }) : undefined;
        if (!issued) {
          removePending(turn, pending); // expired, or gone: nothing can be confirmed on it
          continue;
        }
        turn.tokens[issued.id] = issued.token;
        turn.emit({ type: 'confirmation-request', confirmation: confirmationRequest(issued) });
      }
      if (turn.state.taskState === 'working' && !turn.state.pending.length) await this.#plan(turn);
    });
  }

  /**
   * A payment the user confirmed is captured (the capture is keyed by the confirmation, so one
   * that went through before the stop is not repeated). A confirmed action may or may not have
   * run: the mini-program's call is not repeated on the hub's guess, and the user is told so.
   */
  async #finishInterrupted(turn: Turn, pending: Extract<Pending, { kind: 'confirmation' }>): Promise<ActOutcome> {
    if (pending.confirmKind !== 'action') return finishAccepted(this.#deps, turn, pending);
    removePending(turn, pending);
    turn.say(turn.t('你确认的操作执行时服务重启了，无法确定是否已完成；请先查看结果，需要的话再让我重试。',
      'The hub restarted while running the action you confirmed, so it may or may not have happened; please check, and ask me again if needed.'));
    turn.note(`The hub restarted during the confirmed call ${pending.call?.toolId ?? ''}; it was not repeated.`);
    return 'continue';
  }

  /**
   * The user tapped a node of a card shown earlier (by the card event's `seq` and the node's
   * `path`): the card's handler runs in the sandbox; what it sends up is the user's next input.
   */
  async tapCard(sessionId: string, cardSeq: number, nodePath: string, listener?: (event: HubEvent) => void): Promise<TurnResult> {
    const session = await this.#deps.sessions.load(sessionId);
    const since = await this.#deps.sessions.events(sessionId, cardSeq - 1);
    const event = since.find((e) => e.seq === cardSeq);
    if (event?.type !== 'card') throw new AgentOsError('NOT_FOUND', `event ${cardSeq} of this session is not a card`, { fix: 'tap a card shown in this conversation' });
    const node = findNode(event.card.tree, nodePath);
    const handler = node?.events.tap;
    if (!node || !handler) throw new AgentOsError('BAD_REQUEST', `nothing to tap at ${nodePath} on that card`, { fix: 'send the path of a node that has a tap handler' });
    const { card } = event;
    const tapped = await this.#deps.runtime.tapCard({
      appId: card.appId, version: card.version, userId: session.userId, sessionId, componentPath: card.componentPath, result: card.result,
      ...(card.arguments ? { arguments: card.arguments } : {}), expiredBy: expiryFilters(since, cardSeq, card),
      handler, event: { type: 'tap', currentTarget: { dataset: node.dataset }, target: { dataset: node.dataset }, detail: {} },
    });
    if (tapped.expired !== undefined) {
      throw new AgentOsError('CONFLICT', `this card has expired: ${tapped.expired} (卡片已过期)`, { fix: 'use the latest card of the conversation (请使用对话中最新的卡片)' });
    }
    const { followUp, contextUpdates, detailPage } = tapped;
    // What the card told the model, and the page it opened, land in the conversation before the follow-up.
    const aside = (turn: Turn) => {
      for (const text of contextUpdates) turn.note(`On the ${card.api} card the user chose: ${text}`);
      if (detailPage) turn.emit({ type: 'handoff', appId: card.appId, version: card.version, ...detailPage, from: 'card' });
    };
    if (!followUp) return this.#turn(sessionId, listener, async (turn) => aside(turn));
    const { text, call } = followUp;
    await this.#deps.tools.refresh();
    const skill = this.#deps.tools.toolsOf(card.appId).find((t) => t.api === card.api)?.skill;
    if (call && !this.#deps.tools.toolsOf(card.appId).some((t) => t.api === call.name && t.skill === skill)) {
      throw new AgentOsError('FORBIDDEN', `the card asked to call ${call.name}, which is not an API of its own skill`, { fix: 'a card may only call APIs of the skill it belongs to (mini-program bug)' });
    }
    const input: UserInput = { type: 'tap', text, ...(call ? { call: { appId: card.appId, ...call } } : {}) };
    return this.#turn(sessionId, listener, async (turn) => {
      aside(turn);
      await this.#dispatch(turn, input);
    });
  }

  /**
   * A live tool called by name by another agent (an MCP client): the same guard as a
   * planner's call (ID discipline, data flow, confirmations, consent), as a task of the
   * session; what it did is in the turn's events.
   */
  callTool(sessionId: string, toolId: string, args: Record<string, unknown>, listener?: (event: HubEvent) => void): Promise<TurnResult> {
    return this.#turn(sessionId, listener, async (turn) => {
      const tool = this.#deps.tools.tool(toolId);
      if (!tool) {
        throw new AgentOsError('NOT_FOUND', turn.t(`没有名为 ${toolId} 的可用工具`, `there is no live tool ${toolId}`), { where: 'name', fix: 'list the tools again: only approved mini-programs\' APIs are live' });
      }
      turn.state.pending = turn.state.pending.filter((p) => p.kind !== 'answer');
      turn.state.taskId = undefined;
      this.#startTask(turn);
      turn.setTask('working');
      if ((await act(this.#deps, turn, { toolId, arguments: args, by: 'planner' })) === 'paused') return this.#settleState(turn);
      turn.setTask('completed');
    });
  }

  /** The task is called off (an agent's CancelTask): what it waits on is declined, nothing is paid. */
  cancel(sessionId: string, listener?: (event: HubEvent) => void): Promise<TurnResult> {
    return this.#turn(sessionId, listener, async (turn) => {
      for (const pending of [...turn.state.pending]) {
        if (pending.kind === 'confirmation') await declineConfirmation(this.#deps, turn, pending);
      }
      turn.state.pending = [];
      turn.setTask('canceled');
    });
  }

  /** Hears of each batch of events saved to the session's feed (see `SessionFeed`). */
  subscribe(sessionId: string, listener: (seq: number) => void): () => void {
    return this.#deps.sessions.feed.subscribe(sessionId, listener);
  }

  events(sessionId: string, afterSeq = 0): Promise<SequencedEvent[]> {
    return this.#deps.sessions.events(sessionId, afterSeq);
  }

  async #dispatch(turn: Turn, input: UserInput): Promise<void> {
    switch (input.type) {
      case 'message':
        return this.#onMessage(turn, input.text);
      case 'tap':
        return this.#onTap(turn, input.text, input.call);
      case 'confirm':
        return this.#onConfirm(turn, input.confirmationId, input.token, input.accept);
      case 'consent':
        return this.#onConsent(turn, input.appId, input.scope, input.grant);
    }
  }

  async #onMessage(turn: Turn, text: string): Promise<void> {
    const clean = text.trim();
    if (!clean) throw new AgentOsError('BAD_REQUEST', 'the message is empty', { fix: 'say what you would like done' });
    turn.state.transcript.push({ role: 'user', text: clean });
    turn.emit({ type: 'message', role: 'user', text: clean });
    turn.heard(clean);
    const confirmations = turn.state.pending.filter((p) => p.kind === 'confirmation');
    const consent = turn.state.pending.find((p) => p.kind === 'consent');
    if (confirmations.length && isAffirmative(clean) && !isNegative(clean)) {
      turn.say(turn.t('为了你的资金安全，请在确认卡片上点「确认」完成。', 'To keep your money safe, please tap Confirm on the card.'));
      return;
    }
    // A question beside the order keeps its card open; anything else (a change, a new request) sets it aside.
    const aside = confirmations.length > 0 && isAsideQuestion(clean);
    if (!aside) for (const pending of confirmations) await declineConfirmation(this.#deps, turn, pending);
    if (consent && (isAffirmative(clean) || isNegative(clean))) {
      return this.#onConsent(turn, consent.appId, consent.scope, !isNegative(clean));
    }
    turn.state.pending = turn.state.pending.filter((p) => p.kind !== 'answer' && p.kind !== 'consent');
    if (aside) turn.note('The user asked a question while the order card is still waiting for their confirmation; the order stays pending.');
    if (!confirmations.length) this.#startTask(turn);
    turn.setTask('working');
    // The request is durable before anything a stop could leave half done: a model's step, a call that changes something.
    turn.holdRequest();
    await this.#plan(turn);
  }

  /**
   * A tap on a card: the user's choice, sent up as their message (`sendFollowUpMessage`);
   * an `api/call` part runs that API of the same mini-program at once, through the guard.
   */
  async #onTap(turn: Turn, text: string, call: { appId: string; name: string; arguments: Record<string, unknown> } | undefined): Promise<void> {
    if (!call) return this.#onMessage(turn, text);
    const tool = this.#deps.tools.toolsOf(call.appId).find((t) => t.api === call.name);
    if (!tool) throw new AgentOsError('NOT_FOUND', `${call.appId} has no API ${call.name} for this card`, { fix: 'the card must name an API of its own skill' });
    turn.state.transcript.push({ role: 'user', text });
    turn.emit({ type: 'message', role: 'user', text });
    this.#startTask(turn);
    turn.setTask('working');
    if ((await act(this.#deps, turn, { toolId: tool.id, arguments: call.arguments, by: 'chain' })) === 'paused') return this.#settleState(turn);
    await this.#plan(turn);
  }

  async #onConfirm(turn: Turn, confirmationId: string, token: string, accept: boolean): Promise<void> {
    const pending = turn.state.pending.find((p) => p.kind === 'confirmation' && p.confirmationId === confirmationId);
    if (!pending || pending.kind !== 'confirmation') {
      const settled = await this.#deps.trust.get(confirmationId);
      if (settled && settled.sessionId === turn.session.id && settled.status !== 'pending') {
        throw new AgentOsError('CONFLICT', turn.t(`这个确认已经处理过（${settled.status}），不能再次使用`, `This confirmation is already settled (${settled.status}) and cannot be used again`), { reason: settled.status, confirmationId });
      }
      throw new AgentOsError('NOT_FOUND', turn.t('没有待确认的这笔订单（可能已处理或已过期）', 'There is no such confirmation waiting (it may be done or expired)'));
    }
    turn.setTask('working');
    const outcome = accept ? await acceptConfirmation(this.#deps, turn, pending, token) : await declineConfirmation(this.#deps, turn, pending, token);
    if (outcome === 'refused') return this.#settleState(turn);
    if (outcome === 'paused' || turn.state.pending.length) return this.#settleState(turn);
    await this.#plan(turn);
  }

  async #onConsent(turn: Turn, appId: string, scope: string, grant: boolean): Promise<void> {
    const pending = turn.state.pending.find((p) => p.kind === 'consent' && p.appId === appId && p.scope === scope);
    if (!pending || pending.kind !== 'consent' || !isConsentScope(scope)) {
      throw new AgentOsError('NOT_FOUND', turn.t('没有等待授权的请求', 'Nothing is waiting for that permission'));
    }
    removePending(turn, pending);
    if (grant) await this.#deps.trust.grant(turn.user.id, appId, scope, turn.session.id);
    else await this.#deps.trust.deny(turn.user.id, appId, scope, turn.session.id);
    turn.grants.delete(appId);
    turn.note(grant ? `The user allowed ${appId} to read ${scope}.` : `The user refused ${appId} access to ${scope}; the mini-program was told.`);
    turn.setTask('working');
    if ((await act(this.#deps, turn, pending.call)) === 'paused') return this.#settleState(turn);
    await this.#plan(turn);
  }

  /** Asks the planner for steps until it replies, the hub must wait for the user, or the step budget runs out. */
  async #plan(turn: Turn): Promise<void> {
    const max = this.#deps.maxSteps ?? 16;
    for (let i = 0; i < max; i++) {
      // A model's step takes time outside the hub: followers see the request first, and a stop during it resumes it.
      if (this.#deps.planner.name === 'llm') await turn.saveRequest();
      const step = await this.#deps.planner.next({
        transcript: turn.state.transcript, user: { ...turn.user, lang: turn.lang }, catalog: this.#deps.tools, clock: this.#deps.clock,
        memo: turn.state.memo, knownIds: turn.state.knownIds, stream: (event) => turn.stream(event),
      });
      if (step.memo !== undefined) turn.state.memo = step.memo;
      if (step.type === 'reply') {
        turn.say(step.text, { streamed: step.streamed === true });
        if (step.awaitUser) turn.state.pending.push({ kind: 'answer' });
        return this.#settleState(turn);
      }
      if (step.say) turn.say(step.say);
      if ((await act(this.#deps, turn, { toolId: step.toolId, arguments: step.arguments, by: 'planner' })) === 'paused') {
        return this.#settleState(turn);
      }
    }
    turn.say(turn.t('这个请求步骤太多，我先停下了。请换个说法或分开说。', 'This took too many steps, so I stopped. Please rephrase or split the request.'));
    turn.setTask('failed');
  }

  /** A new task unless one is still open (an answer or a confirmation continues the same one). */
  #startTask(turn: Turn): void {
    const open = turn.state.taskId && !['completed', 'failed', 'canceled', 'rejected'].includes(turn.state.taskState ?? '');
    if (open) return;
    turn.state.taskId = newId('task');
    turn.state.taskState = undefined;
    turn.setTask('submitted');
  }

  #settleState(turn: Turn): void {
    turn.setTask(turn.state.pending.length ? 'input-required' : 'completed');
  }
}

function remembered(preferences: Record<string, Record<string, unknown>> | undefined): string[] {
  return Object.values(preferences ?? {}).flatMap((p) => Object.values(p).filter((v): v is string => typeof v === 'string'));
}
