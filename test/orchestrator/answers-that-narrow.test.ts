import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/**
 * Answers that do not pick one of the things offered but leave fewer (「明天的」, 「国贸的」), or say
 * more of the request than what was asked (「国贸的」 to a question about how many): the conversation
 * goes on to the order, never to "no service can do that". On the packages of ecosystem/third-party.
 */
const pkg = (name: string) => fileURLToPath(new URL(`../../ecosystem/third-party/${name}`, import.meta.url));
let template: Hub;
beforeAll(async () => {
  template = await testHub([pkg('fitness'), pkg('cinema'), pkg('home-cleaning'), pkg('pharmacy')]);
}, 300_000);
afterAll(() => template?.close());

describe('answers that narrow what was offered, or say more of the request', { timeout: 240_000 }, () => {
  it('books the one class a day, a store and a part of the day leave, one answer at a time', async () => {
    const o = await play(template, '帮我约节瑜伽', { answers: ['明天的', '国贸', '上午那节'] });
    expect(o.paid.map((p) => p.lines.map((l) => l.ref))).toEqual([['c1-1121-0900']]);
  });

  it('books the earliest class of the day said, in English, in the city the user lives in', async () => {
    // alice lives in 上海: of Saturday's spinning classes (北京 10:30, 上海 13:30, 北京 17:00), hers
    const o = await play(template, 'Book me a spinning class', { user: 'alice', answers: ['Saturday', 'whichever is earliest'] });
    expect(o.paid.map((p) => p.lines.map((l) => l.ref))).toEqual([['c3-1121-1330']]);
    const demo = await play(template, 'Book me a spinning class', { answers: ['Saturday', 'whichever is earliest'] });
    expect(demo.paid.map((p) => p.lines.map((l) => l.ref))).toEqual([['c1-1121-1030']]);
  });

  it('keeps a store said to a question about how many, and asks again what is still missing', async () => {
    const o = await play(template, '明天想看深海回声', { answers: ['国贸的', '下午那场吧', '两张普通座'] });
    expect(o.paid.map((p) => ({ amount: p.amount, lines: p.lines.map((l) => [l.ref, l.qty]) }))).toEqual([{ amount: 100, lines: [['c1-1121-1510', 2]] }]);
    // 「国贸的」 was never taken for a number of tickets
    expect(o.replies.join('\n')).not.toMatch(/没有办成|did not go through/);
  });

  it('reads no day from an answer that says what to do instead (「3小时的日常保洁」 to 「上门日期」)', async () => {
    const o = await play(template, '约个保洁', { answers: ['3小时的日常保洁', '明天下午三点', '家里'] });
    expect(o.paid.map((p) => ({ meta: p.meta, lines: p.lines.map((l) => l.ref) }))).toEqual([{ meta: expect.objectContaining({ date: '2026-11-21', time: '15:00', address: 'home' }), lines: ['daily-3h'] }]);
    // what the skill tells the assistant to do about addresses is not told to the user
    expect(o.replies.join('\n')).not.toMatch(/先问|直接使用/);
  });

  it('goes on with a list the last request ended with when the next message orders what it named', async () => {
    const now = '2026-11-24T19:30:00+08:00';
    for (const [user, say, answer] of [['demo', '徐家汇店有哪些口罩？', '那就KN95的拿三包，我自己去拿'], ['alice', 'What masks does the Xujiahui store have?', "OK, 3 packs of the KN95 ones, I'll pick them up"]] as const) {
      const o = await play(template, say, { user, now, answers: [answer] });
      expect(o.paid.map((p) => ({ meta: p.meta, lines: p.lines.map((l) => [l.ref, l.qty]) }))).toEqual([{ meta: { store: 'SH02', fulfilment: 'pickup' }, lines: [['p08', 3]] }]);
    }
  });
});
