import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioOutcome } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { LocalPlanner } from '../../src/orchestrator/index.ts';
import { hubFrom, testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/**
 * The local planner on a skill written from WeChat's guidance alone (test/fixtures/packages/ktv:
 * IDs whose source only the output schemas tell, range filters, instructions to the model in
 * many forms, English errors) and on the kinds of request people make: one test per failure
 * kind of issue 9.
 */
const pkg = (name: string) => fileURLToPath(new URL(`../fixtures/packages/${name}`, import.meta.url));
const sample = (name: string) => fileURLToPath(new URL(`../../ecosystem/packages/${name}`, import.meta.url));

let alone: Hub;
let several: Hub;
beforeAll(async () => {
  alone = await testHub([pkg('ktv')]);
  several = await testHub([pkg('ktv'), pkg('pet-spa'), sample('bills')]);
}, 300_000);
afterAll(async () => {
  await alone?.close();
  await several?.close();
});


const paid = (o: ScenarioOutcome) => o.paid.map((p) => `${p.merchant} ${p.amount} ${p.lines.map((l) => l.ref).join(',')}`);
/** What the model was told must never reach the user: markers, API names, schema paths, orders to the assistant. */
const MODEL_ONLY = ['【', '话术', '禁止', 'bookSession', 'listSessions', 'rooms[]', '引导用户', 'Call ', 'orderId'];

describe('understanding people on a skill written from the guidance alone', { timeout: 240_000 }, () => {
  it('routes in a catalog of one when the user names the mini-program, and follows an ID chain of depth three read from output schemas', async () => {
    const o = await play(alone, '用唱吧帮我订明天晚上7点海淀黄庄店的小包');
    expect(paid(o)).toEqual(['ktv 116 r-hd-s-2026-11-21-1900']);
  });

  it('never puts an exact time into both ends of a range filter, and reads the hours from the request', async () => {
    const o = await play(several, '帮我订明天晚上7点海淀黄庄店的小包，唱3个小时');
    expect(paid(o)).toEqual(['ktv 174 r-hd-s-2026-11-21-1900']);
  });

  it('takes the one session that fits a loose time (「一点多」, "around 9")', async () => {
    expect(paid(await play(several, '明天下午一点多，朝阳大悦城店的中包，帮我订一下'))).toEqual(['ktv 196 r-cy-m-2026-11-21-1330']);
    expect(paid(await play(several, 'Book the small room at the Chaoyang Joy City KTV tomorrow around 9 pm', { user: 'alice' }))).toEqual(['ktv 136 r-cy-s-2026-11-21-2100']);
  });

  it('tells the user the facts, never what the result told the model', async () => {
    const o = await play(several, '帮我订明天晚上7点海淀黄庄店的小包');
    const said = o.replies.join('\n');
    expect(said).toContain('116');
    for (const word of MODEL_ONLY) expect(said).not.toContain(word);
  });

  it('answers a question and then does what the same sentence asks', async () => {
    const o = await play(several, '海淀黄庄店的小包多少钱一小时？帮我订明天晚上7点的');
    expect(paid(o)).toEqual(['ktv 116 r-hd-s-2026-11-21-1900']);
  });

  it('reads an optional filter from the request, and widens a search that comes back empty', async () => {
    expect(paid(await play(several, '帮我订明天晚上7点「黄庄」那家的小包'))).toEqual(['ktv 116 r-hd-s-2026-11-21-1900']);
    const widened = await play(several, '帮我订明天晚上7点「五道口」那家KTV的小包', { answers: ['海淀黄庄店'] });
    expect(paid(widened)).toEqual(['ktv 116 r-hd-s-2026-11-21-1900']);
  });

  it('ties an answer to the question just asked (「那就下午4点吧」)', async () => {
    const o = await play(several, '帮我订明天海淀黄庄店的小包', { answers: ['那就下午4点吧'] });
    expect(paid(o)).toEqual(['ktv 116 r-hd-s-2026-11-21-1600']);
  });

  it('routes a cancel to the cancel API and tells a Chinese user in Chinese', async () => {
    const o = await play(several, '帮我取消唱吧的订单 ord_99999');
    expect(o.paid).toEqual([]);
    // the order number typed in the request is the one the cancel API is called with
    expect(o.events.flatMap((e) => (e.type === 'tool-call' ? [`${e.appId}.${e.api} ${JSON.stringify(e.arguments)}`] : []))).toEqual(['ktv.cancelBooking {"orderId":"ord_99999"}']);
    const said = o.replies.join('\n');
    expect(said).not.toMatch(/No booking|orderId/);
    expect(said).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers a question about the rules from what the skill says of them, and undoes nothing', async () => {
    const o = await play(alone, '唱吧订了包厢还能退吗？');
    expect(o.events.filter((e) => e.type === 'tool-call')).toEqual([]);
    expect(o.replies.join('\n')).toMatch(/开唱前 2 小时以上取消全额退款/);
  });

  it('answers in the language the user writes in, whatever the profile says', async () => {
    const hub = await hubFrom(several, { planner: new LocalPlanner() });
    try {
      const session = await hub.orchestrator.openSession('demo', 'eval'); // demo's profile is Chinese
      const said = async (text: string) => (await hub.orchestrator.send(session, { type: 'message', text })).events
        .flatMap((e) => (e.type === 'message' && e.role === 'assistant' ? [e.text] : [])).join('\n');
      const english = await said('Book the small room at the Haidian Huangzhuang KTV tomorrow please');
      expect(english).toMatch(/Which .+\? Options: /);
      expect(english).not.toMatch(/请问|可选/);
      const chinese = await said('帮我订后天海淀黄庄店的小包');
      expect(chinese).toMatch(/请问.+可选/);
    } finally {
      await hub.close();
    }
  });

  it('does not retry a failed call after every later message', async () => {
    const hub = await hubFrom(several, { planner: new LocalPlanner() });
    try {
      const session = await hub.orchestrator.openSession('demo', 'eval');
      await hub.orchestrator.send(session, { type: 'message', text: '帮我取消唱吧的订单 ord_99999' });
      const next = await hub.orchestrator.send(session, { type: 'message', text: '你好' });
      const calls = next.events.filter((e) => e.type === 'tool-call');
      expect(calls).toEqual([]);
    } finally {
      await hub.close();
    }
  });

  it('chooses the action the request asks for among a mini-program\'s several (a top-up, not the bill list)', async () => {
    const o = await play(several, '帮我给手机13800138000充50块话费');
    expect(paid(o)).toEqual(['bills 50 topup']);
  });

  it('keeps a pending order open when the user only asks a question beside it', async () => {
    const hub = await hubFrom(several, { planner: new LocalPlanner() });
    try {
      const session = await hub.orchestrator.openSession('demo', 'eval');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '帮我订明天晚上7点海淀黄庄店的小包' });
      const card = [...first.events].reverse().find((e) => e.type === 'confirmation-request');
      if (card?.type !== 'confirmation-request') throw new Error('no confirmation card');
      const asked = await hub.orchestrator.send(session, { type: 'message', text: '海淀黄庄店的大包多少钱一小时？' });
      expect(asked.waitingFor).toContain('confirmation');
      await hub.orchestrator.send(session, { type: 'confirm', confirmationId: card.confirmation.confirmationId, token: first.tokens[card.confirmation.confirmationId] ?? '', accept: true });
      const orders = (await hub.pay.listOrders({ userId: 'demo' })).filter((x) => x.paidAt);
      expect(orders.map((x) => x.amountFen)).toEqual([11600]);
    } finally {
      await hub.close();
    }
  });

  it('changes a pending order by cancelling it and making the new one, which the user confirms', async () => {
    const hub = await hubFrom(several, { planner: new LocalPlanner() });
    try {
      const session = await hub.orchestrator.openSession('demo', 'eval');
      const first = await hub.orchestrator.send(session, { type: 'message', text: '帮我订明天晚上7点海淀黄庄店的小包' });
      expect(first.waitingFor).toContain('confirmation');
      const changed = await hub.orchestrator.send(session, { type: 'message', text: '改成唱3个小时' });
      const card = [...changed.events].reverse().find((e) => e.type === 'confirmation-request');
      expect(card?.type === 'confirmation-request' && card.confirmation.amount).toBe(174);
      if (card?.type !== 'confirmation-request') return;
      await hub.orchestrator.send(session, { type: 'confirm', confirmationId: card.confirmation.confirmationId, token: changed.tokens[card.confirmation.confirmationId] ?? '', accept: true });
      const orders = (await hub.pay.listOrders({ userId: 'demo' })).filter((x) => x.paidAt);
      expect(orders.map((x) => x.amountFen)).toEqual([17400]);
    } finally {
      await hub.close();
    }
  });
});
