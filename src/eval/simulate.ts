import { pendingAskKind, type Orchestrator, type SequencedEvent, type TurnResult } from '../orchestrator/index.ts';
import type { PayService } from '../pay/index.ts';
import { captured, judgeReplies, matchOrders, refundOf, type CapturedOrder, type Failure } from './judge.ts';
import type { Scenario } from './scenario.ts';

export interface ScenarioOutcome {
  id: string;
  pass: boolean;
  reason: string | undefined;
  /** The check that failed (undefined when the scenario passed); `reason` is its text. */
  failure: Failure | undefined;
  paid: CapturedOrder[];
  refunded: CapturedOrder[];
  violations: string[];
  replies: string[];
  userTurns: number;
  events: SequencedEvent[];
  /** What the hub's open question at the end was about, by structure (`pendingAskKind`), where one was open. */
  asked?: string;
}

const MAX_USER_TURNS = 12;

/**
 * Plays the scenario's user against the hub: says the sentence, answers questions in
 * order, decides every confirmation and consent as the scenario says; then judges the end
 * state (the ledger), what the user was told, and the invariants.
 */
export async function simulate(deps: { orchestrator: Orchestrator; pay: PayService; lang: 'zh' | 'en' }, scenario: Scenario): Promise<ScenarioOutcome> {
  const { orchestrator } = deps;
  const sessionId = await orchestrator.openSession(scenario.user, 'eval');
  const events: SequencedEvent[] = [];
  const tokens: Record<string, string> = {};
  const accepted = new Map<string, number>(); // orderId → amount the user said yes to
  const answers = [...scenario.answers];
  const decided = new Set<string>();
  let userTurns = 1;
  let declinedFurther = false;
  let asked: string | undefined;
  const take = (r: TurnResult) => {
    events.push(...r.events);
    Object.assign(tokens, r.tokens);
    return r;
  };
  let result = take(await orchestrator.send(sessionId, { type: 'message', text: scenario.say }));
  for (let guard = 0; guard < 60; guard++) {
    const pendingConfirmation = [...events].reverse().find((e) => e.type === 'confirmation-request' && tokens[e.confirmation.confirmationId] && !decided.has(e.confirmation.confirmationId));
    if (result.waitingFor.includes('confirmation') && pendingConfirmation?.type === 'confirmation-request') {
      const c = pendingConfirmation.confirmation;
      decided.add(c.confirmationId);
      if (scenario.confirm && c.orderId && c.amount !== undefined) accepted.set(c.orderId, c.amount);
      result = take(await orchestrator.send(sessionId, { type: 'confirm', confirmationId: c.confirmationId, token: tokens[c.confirmationId] ?? '', accept: scenario.confirm }));
      continue;
    }
    const consent = [...events].reverse().find((e) => e.type === 'consent-request');
    if (result.waitingFor.includes('consent') && consent?.type === 'consent-request') {
      result = take(await orchestrator.send(sessionId, { type: 'consent', appId: consent.appId, scope: consent.scope, grant: scenario.consent }));
      continue;
    }
    if (result.waitingFor.includes('answer')) {
      // the user has no answer left: what the hub asked, by structure, for counting failures by kind
      if (!answers.length && asked === undefined) asked = pendingAskKind((await orchestrator.sessions.load(sessionId)).state.memo);
      const next = answers.shift() ?? (declinedFurther ? undefined : deps.lang === 'en' ? 'No thanks' : '不用了，谢谢');
      if (next === undefined) break;
      if (!answers.length && !scenario.answers.includes(next)) declinedFurther = true;
      userTurns++;
      if (userTurns > MAX_USER_TURNS) break;
      result = take(await orchestrator.send(sessionId, { type: 'message', text: next }));
      continue;
    }
    // The conversation ends only when nothing is pending and the user has no answer left to give
    // (SCENARIOS.md): a user who goes on after a finished task (「刚约的那节帮我取消吧」) says so.
    const further = result.waitingFor.length === 0 ? answers.shift() : undefined;
    if (further !== undefined) {
      userTurns++;
      if (userTurns > MAX_USER_TURNS) break;
      result = take(await orchestrator.send(sessionId, { type: 'message', text: further }));
      continue;
    }
    break;
  }

  const orders = (await deps.pay.listOrders({ userId: scenario.user })).filter((o) => o.paidAt);
  const paid = orders.map(captured);
  const refunded = orders.filter((o) => o.refundedFen > 0).map(refundOf);
  const replies = events.flatMap((e) => (e.type === 'message' && e.role === 'assistant' ? [e.text] : []));
  const violations: string[] = [];
  for (const order of paid) {
    const amount = accepted.get(order.orderId);
    if (amount === undefined || Math.round(amount * 100) !== Math.round(order.amount * 100)) {
      violations.push(`payment ${order.orderId} (${order.merchant} ¥${order.amount.toFixed(2)}) was captured without the user's accepted confirmation of that order and amount`);
    }
  }
  for (const e of events) {
    if (e.type === 'tool-result' && e.scopesRead?.length && !scenario.consent) {
      violations.push(`${e.appId} read ${e.scopesRead.join(', ')} although the user refused consent`);
    }
  }
  const failure: Failure | undefined =
    (userTurns > MAX_USER_TURNS ? { check: 'turns', text: `ran out of turns (${MAX_USER_TURNS} user turns)` } : undefined) ??
    (violations[0] !== undefined ? { check: 'invariant', text: violations[0] } : undefined) ??
    matchOrders(scenario.expect.paid, paid, 'payment') ??
    (scenario.expect.refunded ? matchOrders(scenario.expect.refunded, refunded, 'refund') : undefined) ??
    judgeReplies(scenario, replies);
  return { id: scenario.id, pass: failure === undefined, reason: failure?.text, failure, paid, refunded, violations, replies, userTurns, events, ...(asked ? { asked } : {}) };
}
