import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioOutcome } from '../../src/eval/index.ts';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { play } from '../support/play.ts';

/**
 * 「X还有吗？没有的话就订Y」, "X? If not, Y": what is wanted first is tried, and what instead only
 * when the first cannot be had (test/fixtures/packages/guesthouse: its tree house is taken every
 * Saturday night; 2026-11-20 is a Friday).
 */
let template: Hub;
beforeAll(async () => {
  template = await testHub([fileURLToPath(new URL('../fixtures/packages/guesthouse', import.meta.url))]);
}, 300_000);
afterAll(() => template?.close());

const run = (say: string, user = 'demo') => play(template, say, { user });
const paid = (o: ScenarioOutcome) => o.paid.map((p) => `${p.amount} ${p.lines.map((l) => `${l.ref} ${String(l.options?.date)}`).join(',')}`);

describe('a second choice said with the first', { timeout: 240_000 }, () => {
  it('books what instead when the first is taken, and tells the user why', async () => {
    const o = await run('这周六的树屋还有吗？没有的话就订花园房');
    expect(paid(o)).toEqual(['420 rm-garden 2026-11-21']);
    expect(o.replies.join('\n')).toContain('订满');
  });

  it('books the first when it can be had, and nothing instead', async () => {
    const o = await run('周日的树屋还有吗？没有的话就订花园房');
    expect(paid(o)).toEqual(['680 rm-tree 2026-11-22']);
  });

  it('reads the first inside the condition and in English', async () => {
    expect(paid(await run('如果周六树屋满了就订花园房'))).toEqual(['420 rm-garden 2026-11-21']);
    expect(paid(await run('Book the tree house for Saturday; if it is full, the garden room', 'alice'))).toEqual(['420 rm-garden 2026-11-21']);
  });

  it('lets the first go when nothing is said instead, and pays for nothing', async () => {
    const o = await run('这周六的树屋还有吗？没有就算了');
    expect(o.paid).toEqual([]);
  });
});
