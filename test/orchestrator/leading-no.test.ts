import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/** 「不用，我自己过去拿」 answers 「外送还是自取？」; only a no with nothing after it declines (the pharmacy of ecosystem/third-party asks). */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../../ecosystem/third-party/pharmacy', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

const order = (answers: string[]) => play(template, '静安寺店买一盒泰诺林', { answers, now: '2026-11-24T19:30:00+08:00' });

describe('an answer that opens with a no', { timeout: 240_000 }, () => {
  it('is the answer it goes on to give, and the order goes through', async () => {
    const o = await order(['不用，我自己过去拿']);
    expect(o.paid.map((p) => p.meta?.fulfilment)).toEqual(['pickup']);
  });

  it('declines the order where nothing follows the no', async () => {
    expect((await order(['不用了，谢谢'])).paid).toEqual([]);
  });
});
