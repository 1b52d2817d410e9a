import { describe, expect, it } from 'vitest';
import type { Orchestrator, TurnResult } from '../orchestrator/index.ts';
import type { PayService } from '../pay/index.ts';
import type { Scenario } from './scenario.ts';
import { simulate } from './simulate.ts';

/** An orchestrator that finishes every turn with nothing pending, and records what the user said. */
function finishingOrchestrator(said: string[]): Orchestrator {
  const done = { events: [], tokens: {}, waitingFor: [], taskState: 'completed' } as unknown as TurnResult;
  return {
    openSession: async () => 'session-1',
    send: async (_session: string, input: { type: string; text?: string }) => {
      if (input.type === 'message' && input.text) said.push(input.text);
      return done;
    },
  } as unknown as Orchestrator;
}

const noOrders = { listOrders: async () => [] } as unknown as PayService;

function scenario(answers: string[]): Scenario {
  return {
    id: 'go-on', user: 'demo', now: '2026-11-20T10:00:00+08:00', say: '约个明天的保洁', answers, confirm: true, consent: true,
    expect: { paid: [], refunded: undefined, replyContains: [], replyExcludes: [] },
  };
}

describe('the simulated user', () => {
  it('goes on with the answers it has left after a finished task, as SCENARIOS.md says', async () => {
    const said: string[] = [];
    await simulate({ orchestrator: finishingOrchestrator(said), pay: noOrders, lang: 'zh' }, scenario(['刚约的那单帮我取消吧']));
    expect(said).toEqual(['约个明天的保洁', '刚约的那单帮我取消吧']);
  });

  it('says nothing more when it has no answer left', async () => {
    const said: string[] = [];
    await simulate({ orchestrator: finishingOrchestrator(said), pay: noOrders, lang: 'zh' }, scenario([]));
    expect(said).toEqual(['约个明天的保洁']);
  });
});
