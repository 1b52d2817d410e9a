import type { SequencedEvent } from '../orchestrator/index.ts';
import type { Scenario } from './scenario.ts';
import type { ScenarioOutcome } from './simulate.ts';

/**
 * What kind of failure a failed scenario is, read from what the hub did — which mini-program it
 * called, whether it made an order, whether the talk ended on a question the scenario's user had
 * no answer for — and never from what anyone said: a held-out set's failures can be counted by
 * kind without reading its sentences.
 */
export function failureKind(scenario: Scenario, outcome: Pick<ScenarioOutcome, 'failure' | 'events' | 'userTurns' | 'asked'>): string | undefined {
  const check = outcome.failure?.check;
  if (check === undefined) return undefined;
  const events = outcome.events;
  const calls = events.filter((e): e is Extract<SequencedEvent, { type: 'tool-call' }> => e.type === 'tool-call');
  const failedCalls = events.some((e) => e.type === 'tool-result' && e.isError);
  // the user ran out of answers: the last thing the hub did was ask what the request already said
  const askedMore = outcome.userTurns > 1 + scenario.answers.length;
  const ending = askedMore ? `with the hub asking more than the user had to say${outcome.asked ? `: ${outcome.asked}` : ''}` : failedCalls ? 'after a failed call' : 'on a plain reply';
  if (check === 'order-missing') {
    const wanted = new Set([...scenario.expect.paid, ...(scenario.expect.refunded ?? [])].map((o) => o.merchant));
    if (!calls.some((c) => wanted.has(c.appId))) return `no order: the mini-program was never called (${calls.length ? 'another was' : 'none was'})`;
    if (events.some((e) => e.type === 'confirmation-request')) return 'no order: a confirmation was asked, nothing captured';
    return `no order: the mini-program was called; ended ${ending}`;
  }
  if (check === 'order-differs') return 'an order of another amount or content';
  if (check === 'order-unexpected') return 'an order or refund nobody asked for';
  if (check === 'reply-lacks') return `the reply lacks the fact: ${calls.length ? 'called' : 'nothing called'}; ended ${ending}`;
  if (check === 'reply-has') return 'a reply says what it must not';
  if (check === 'turns') return 'ran out of turns';
  if (check === 'invariant') return 'a safety invariant was broken';
  return 'the hub failed';
}
