import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/**
 * What the user is told of what a mini-program answers. Its answer to the hub's notice that an
 * order was canceled is for its own books:
 * the user hears the hub, which knows nothing was paid (test/fixtures/packages/guesthouse: its
 * payment callback says "paid" whatever it is told, as careless callbacks in the wild do).
 */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../fixtures/packages/guesthouse', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

describe('the answer to the hub\'s notice of a canceled order', { timeout: 240_000 }, () => {
  it('never reaches the user: a declined order is told as canceled and unpaid, never as paid', async () => {
    const o = await play(template, '帮我订周日的花园房', { confirm: false });
    expect(o.paid).toEqual([]);
    const after = o.replies.join('\n');
    expect(after).toContain('未支付');
    expect(after).not.toContain('已支付');
    expect(after).not.toContain('预订成功');
  });

  it('is still told after a payment, where it says what comes next', async () => {
    const o = await play(template, '帮我订周日的花园房');
    expect(o.paid.map((p) => p.amount)).toEqual([420]);
    expect(o.replies.join('\n')).toContain('预订成功');
  });
});

describe('a result with nothing in it for the user', { timeout: 240_000 }, () => {
  it('still ends the turn with a word to the user, never silence', async () => {
    const o = await play(template, '我订过哪些民宿');
    expect(o.replies.join('').trim()).not.toBe('');
    expect(o.replies.join('')).not.toContain('structuredContent');
  });
});
