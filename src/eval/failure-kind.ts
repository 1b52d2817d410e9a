import type { SequencedEvent } from '../orchestrator/index.ts';
import type { Scenario } from './scenario.ts';
import type { ScenarioOutcome } from './simulate.ts';

/**
 * What kind of failure a failed scenario is, read from what the hub did — which mini-program it
 * called, whether it made an order, whether the talk ended on a question the scenario's user had
 * no answer for — and never from what anyone said: a held-out set's failures can be counted by
 * kind without reading its sentences.
 */
export function failureKind(scenario: Scenario, outcome: Pick<ScenarioOutcome, 'pass' | 'reason' | 'events' | 'userTurns'>): string | undefined {
  if (outcome.pass) return undefined;
  const reason = outcome.reason ?? '';
  const events = outcome.events;
  const calls = events.filter((e): e is Extract<SequencedEvent, { type: 'tool-call' }> => e.type === 'tool-call');
  const failedCalls = events.some((e) => e.type === 'tool-result' && e.isError);
  // the user ran out of answers: the last thing the hub did was ask what the request already said
  const askedMore = outcome.userTurns > 1 + scenario.answers.length;
  const ending = askedMore ? 'with the hub asking more than the user had to say' : failedCalls ? 'after a failed call' : 'on a plain reply';
  if (/^expected (?:payment|refund) .* was not found \((?:payment|refund): none/.test(reason)) {
    const wanted = new Set([...scenario.expect.paid, ...(scenario.expect.refunded ?? [])].map((o) => o.merchant));
    if (!calls.some((c) => wanted.has(c.appId))) return `no order: the mini-program was never called (${calls.length ? 'another was' : 'none was'})`;
    if (events.some((e) => e.type === 'confirmation-request')) return 'no order: a confirmation was asked, nothing captured';
    return `no order: the mini-program was called; ended ${ending}`;
  }
  if (/^expected (?:payment|refund)/.test(reason)) return 'an order of another amount or content';
  if (/^unexpected/.test(reason)) return 'an order or refund nobody asked for';
  if (/^no reply contains/.test(reason)) return `the reply lacks the fact: ${calls.length ? 'called' : 'nothing called'}; ended ${ending}`;
  if (/^a reply contains/.test(reason)) return 'a reply says what it must not';
  if (/ran out of turns/.test(reason)) return 'ran out of turns';
  if (/captured without|read .* although/.test(reason)) return 'a safety invariant was broken';
  return 'the hub failed';
}
