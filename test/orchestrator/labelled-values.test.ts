import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/**
 * Values a request carries with their labels (「收件人王芳 13700001111 浦东新区…」) are read from
 * it even when something else must still be asked: only what is missing is asked.
 */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../../ecosystem/packages/express', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

describe('a request that carries labelled values and lacks one', { timeout: 240_000 }, () => {
  it('asks only for what it lacks, and sends with what it carried', async () => {
    const o = await play(template, '帮我寄个东西到上海，3公斤，收件人王芳 13700001111 浦东新区世纪大道100号', { answers: ['北京'] });
    const question = o.replies.find((r) => r.includes('请告诉我'));
    expect(question).toContain('寄件城市');
    expect(question).not.toContain('收件人');
    expect(o.paid.map((p) => p.amount)).toEqual([28]);
    const sent = o.events.find((e) => e.type === 'tool-call' && e.api === 'shipParcel');
    expect(sent?.type === 'tool-call' && sent.arguments).toMatchObject({
      fromCity: '北京', toCity: '上海', weightKg: 3, recipientName: '王芳', recipientPhone: '13700001111', recipientAddress: '浦东新区世纪大道100号',
    });
  });
});
