import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACK_LIMITS, AttackBench, outcomeText } from './harness.ts';

// Attacks on the budgets around the sandbox: results, schemas, storage, logs.
const HOSTILE = `
const skill = wx.modelContext.createSkill('skills/evil');
const text = (t, extra) => Object.assign({ content: [{ type: 'text', text: String(t) }] }, extra || {});
skill.registerAPI('deep', async () => { let o = {}; for (let i = 0; i < 100000; i++) o = { a: o }; return text('deep', { _meta: o }); });
skill.registerAPI('deepArray', async () => { let o = []; for (let i = 0; i < 5000; i++) o = [o]; return text('deep', { structuredContent: { o } }); });
skill.registerAPI('bigPayload', async () => text('go', { handoff: { path: 'pages/a/a', payload: 'x'.repeat(200 * 1024) } }));
skill.registerAPI('chainMany', async () => text('again', { apiCalls: Array.from({ length: 1000 }, () => ({ name: 'chainMany', arguments: {} })) }));
skill.registerAPI('backtrack', async () => text('ok', { structuredContent: { code: 'a'.repeat(33) + 'b' } }));
skill.registerAPI('fill', async () => {
  const chunk = 'x'.repeat(900 * 1024);
  let written = 0, error = '';
  try { for (let i = 10; i < 13; i++) { wx.setStorageSync('k' + i, chunk); written++; } } catch (e) { error = e.errMsg || e.message; }
  return text(JSON.stringify({ written, error, info: wx.getStorageInfoSync().currentSize }));
});
skill.registerAPI('bigKey', async () => { try { wx.setStorageSync('big', 'x'.repeat(1100 * 1024)); return text('stored'); } catch (e) { return text(e.errMsg); } });
skill.registerAPI('info', async () => text(JSON.stringify(wx.getStorageInfoSync())));
skill.registerAPI('logFlood', async () => { const line = 'y'.repeat(1024 * 1024); for (let i = 0; i < 100; i++) console.log(line); return text('logged'); });
`;
const APIS = ['deep', 'deepArray', 'bigPayload', 'chainMany', 'fill', 'bigKey', 'info', 'logFlood'];

describe('attacks on the budgets: each fails cleanly, the unrelated mini-program keeps answering', () => {
  const bench = new AttackBench(HOSTILE, APIS, {
    backtrack: { outputSchema: { type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } } },
  });
  beforeAll(() => bench.open());
  afterAll(() => bench.close());
  const bound = ATTACK_LIMITS.timeLimitMs * 0.8;

  it('results nested 100,000 deep, or too deep for the host, are isError, never a crash', async () => {
    for (const api of ['deep', 'deepArray']) {
      const { result, report } = await bench.underAttack(`result nested deep (${api})`, () => bench.call(api), (r) => outcomeText(r).text);
      expect(outcomeText(result).isError, api).toBe(true);
      expect(report.neighbourFailures).toBe(0);
    }
  });

  it('an oversized handoff payload and a flood of chained calls are refused', async () => {
    const { result: payload } = await bench.underAttack('handoff payload of 200 KB', () => bench.call('bigPayload'), (r) => outcomeText(r).text);
    expect(outcomeText(payload)).toMatchObject({ isError: true, text: expect.stringMatching(/handoff\.payload (over|超过) 64 KB/) });
    const { result: chain } = await bench.underAttack('1,000 chained calls in one result', () => bench.call('chainMany'), (r) => outcomeText(r).text);
    expect(outcomeText(chain)).toMatchObject({ isError: true, text: expect.stringMatching(/chained calls \(at most 8\)|链式调用（最多 8 个）/) });
  });

  it('a catastrophic pattern in an outputSchema runs in linear time on the host', async () => {
    // The hub checks the result against the schema (a mismatch is logged, the result kept): on a
    // backtracking engine this one value took 112 s; on RE2 the call ends at once.
    const started = performance.now();
    const { result, report } = await bench.underAttack('outputSchema pattern ^(a+)+$ on 33 characters', () => bench.call('backtrack'), (r) => `${outcomeText(r).text} after ${Math.round(performance.now() - started)} ms`);
    expect(outcomeText(result)).toEqual({ isError: false, text: 'ok' });
    expect(performance.now() - started).toBeLessThan(bound);
    expect(report.neighbourWorstMs).toBeLessThan(bound);
  });

  it('storage follows WeChat: 1 MB a key, 10 MB in all, and getStorageInfoSync tells the truth', async () => {
    // 9 MB already stored (by the hub, as an import would): only keys and sizes are loaded for a call.
    const chunk = 'x'.repeat(900 * 1024);
    await bench.runtime.seedStorage('hostile', 'attacker', Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, chunk])));
    const { result } = await bench.underAttack('storage past 10 MB', () => bench.call('fill'), (r) => outcomeText(r).text);
    const filled = JSON.parse(outcomeText(result).text) as { written: number; error: string; info: number };
    expect(filled.error).toBe('setStorageSync:fail exceed storage max size');
    expect(filled.written).toBe(1); // 11 × 900 KB fit in 10 MB, the 12th does not
    expect(filled.info).toBeLessThanOrEqual(10240);
    expect(outcomeText(await bench.call('bigKey')).text).toBe('setStorageSync:fail exceed storage max size');
    const info = JSON.parse(outcomeText(await bench.call('info')).text) as { keys: string[]; currentSize: number; limitSize: number };
    expect(info.keys).toHaveLength(11);
    expect(info.currentSize).toBeGreaterThan(9_000);
    expect(info.limitSize).toBe(10240);
  });

  it('100 MB of console output does not reach the hub log', async () => {
    const { result, report } = await bench.underAttack('100 MB of console.log', () => bench.call('logFlood'), (r) => outcomeText(r).text);
    expect(outcomeText(result).text).toMatch(/logged|time limit|did not finish/);
    expect(report.neighbourFailures).toBe(0);
  });
});
