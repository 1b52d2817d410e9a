import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACK_LIMITS, AttackBench, outcomeText } from './harness.ts';

// Attacks on the sandbox itself: time, continuations, the job queue, threads, memory.
const HOSTILE = `
const skill = wx.modelContext.createSkill('skills/evil');
const text = (t) => ({ content: [{ type: 'text', text: String(t) }] });
skill.registerAPI('continuation', async () => { wx.getOrder('x').then(null, () => { while (true) {} }); return text('returned'); });
skill.registerAPI('jobLoop', async () => { Promise.resolve().then(() => { while (true) {} }); return text('returned'); });
skill.registerAPI('flood', async () => { (function again() { Promise.resolve().then(again); })(); return text('flooded'); });
skill.registerAPI('legal', async (args) => { const end = Date.now() + args.ms; while (Date.now() < end) {} return text('done'); });
skill.registerAPI('loop', async () => { for (;;) {} });
skill.registerAPI('backtrack', async () => text(/^(a+)+$/.test('a'.repeat(32) + 'b')));
skill.registerAPI('hold', async () => { globalThis.kept = 'x'.repeat(28 * 1024 * 1024 / 2 - 4096); return text('holding'); });
skill.registerAPI('count', async () => { globalThis.n = (globalThis.n || 0) + 1; return text(globalThis.n); });
`;
const APIS = ['continuation', 'jobLoop', 'flood', 'legal', 'loop', 'backtrack', 'hold', 'count'];

describe('attacks on the sandbox: the hostile call fails cleanly, the unrelated mini-program keeps answering', () => {
  const bench = new AttackBench(HOSTILE, APIS);
  beforeAll(() => bench.open());
  afterAll(() => bench.close());
  // Well under the time limit: the neighbour never waits for the attacker's deadline.
  const neighbourBound = ATTACK_LIMITS.timeLimitMs * 0.8;

  it('a continuation armed before returning never runs after the call ended', async () => {
    const { result, report } = await bench.underAttack('continuation after return', async () => {
      const first = await bench.call('continuation');
      await new Promise((r) => setTimeout(r, 300)); // the rejected getOrder arrives meanwhile
      return { first, next: await bench.call('count') };
    }, ({ first, next }) => `call ${outcomeText(first).text}; the realm answers the next call (${outcomeText(next).text})`);
    expect(outcomeText(result.first)).toEqual({ isError: false, text: 'returned' });
    expect(outcomeText(result.next).isError).toBe(false);
    expect(report.neighbourFailures).toBe(0);
    expect(report.neighbourWorstMs).toBeLessThan(neighbourBound);
  });

  it('a job queued before returning runs under the deadline and the call fails', async () => {
    const { result, report } = await bench.underAttack('loop in a queued job', () => bench.call('jobLoop'), (r) => outcomeText(r).text);
    expect(outcomeText(result)).toMatchObject({ isError: true });
    expect(outcomeText(result).text).toMatch(/time limit|did not finish/);
    expect(report.neighbourFailures).toBe(0);
    expect(report.neighbourWorstMs).toBeLessThan(neighbourBound);
  });

  it('a microtask flood is a failure, not a success', async () => {
    const { result, report } = await bench.underAttack('microtask flood', () => bench.call('flood'), (r) => outcomeText(r).text);
    expect(outcomeText(result).isError).toBe(true);
    expect(report.neighbourFailures).toBe(0);
    expect(report.neighbourWorstMs).toBeLessThan(neighbourBound);
  });

  it('a legal call that computes for most of its time limit delays nobody else', async () => {
    const { result, report } = await bench.underAttack('legal long call', () => bench.call('legal', 'attacker', { ms: ATTACK_LIMITS.timeLimitMs * 0.7 }), (r) => outcomeText(r).text);
    expect(outcomeText(result)).toEqual({ isError: false, text: 'done' });
    expect(report.neighbourFailures).toBe(0);
    expect(report.neighbourWorstMs).toBeLessThan(neighbourBound);
  });

  it('an endless loop is stopped at the time limit', async () => {
    const { result, report } = await bench.underAttack('endless loop', () => bench.call('loop'), (r) => outcomeText(r).text);
    expect(outcomeText(result).isError).toBe(true);
    expect(report.neighbourFailures).toBe(0);
    expect(report.neighbourWorstMs).toBeLessThan(neighbourBound);
  });

  it('catastrophic backtracking inside the sandbox is stopped, whether or not the interpreter checks its deadline there', async () => {
    const { result, report } = await bench.underAttack('regex backtracking in the sandbox', () => bench.call('backtrack'), (r) => outcomeText(r).text);
    expect(outcomeText(result).isError).toBe(true);
    expect(outcomeText(result).text).toMatch(/time limit|did not finish/);
    expect(report.neighbourFailures).toBe(0);
    expect(report.neighbourWorstMs).toBeLessThan(neighbourBound);
  });

  it('one mini-program holding memory for many users cannot starve the others', async () => {
    const users = Array.from({ length: 12 }, (_, i) => `victim-${i}`);
    const { result, report } = await bench.underAttack('memory held across many users', async () => {
      const outcomes = [];
      for (const user of users) outcomes.push(await bench.call('hold', user));
      return outcomes;
    }, (r) => `${r.filter((o) => !outcomeText(o).isError).length}/${r.length} holds kept within the mini-program's share`);
    // Each hold succeeds (older realms of the same mini-program are let go), and the neighbour still loads.
    expect(result.every((o) => !outcomeText(o).isError)).toBe(true);
    expect(report.neighbourFailures).toBe(0);
    const fresh = await bench.runtime.call({ appId: 'neighbour', api: 'ping', arguments: {}, userId: 'a-new-user' });
    expect(outcomeText(fresh).isError).toBe(false);
  });
});
