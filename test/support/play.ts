import { simulate, type ScenarioOutcome } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { LocalPlanner } from '../../src/orchestrator/index.ts';
import { hubFrom } from './hub-fixture.ts';

export interface PlayOptions {
  /** What the simulated user answers to the questions asked, in order. */
  answers?: string[];
  /** demo unless said; alice is heard in English. */
  user?: string;
  /** The hub's clock and the scenario's now. */
  now?: string;
  /** The user's answer to the payment card (yes unless said). */
  confirm?: boolean;
  /** Sees the hub after the conversation, before it closes (the ledger, the orders). */
  inspect?: (hub: Hub) => Promise<void>;
}

/** One request played with the local planner on a fresh copy of `template`, as `agentos eval` plays a scenario. */
export async function play(template: Hub, say: string, options: PlayOptions = {}): Promise<ScenarioOutcome> {
  const now = options.now ?? '2026-11-20T10:00:00+08:00';
  const user = options.user ?? 'demo';
  const hub = await hubFrom(template, { planner: new LocalPlanner(), now });
  try {
    const outcome = await simulate({ orchestrator: hub.orchestrator, pay: hub.pay, lang: user === 'alice' ? 'en' : 'zh' }, {
      id: 'case', user, now, say, answers: options.answers ?? [], confirm: options.confirm ?? true, consent: true,
      expect: { paid: [], refunded: undefined, replyContains: [], replyExcludes: [] },
    });
    await options.inspect?.(hub);
    return outcome;
  } finally {
    await hub.close();
  }
}
