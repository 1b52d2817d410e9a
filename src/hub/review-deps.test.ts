import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackage, renderProblem } from '../package/index.ts';
import { reviewInSandbox } from './review-deps.ts';

const LIMITS = { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 10_000 };
const FLOWER_SHOP = join(import.meta.dirname, '../../examples/flower-shop');

describe('the review as the one installing sees it', () => {
  it('counts every call it makes of the package, examples and listings alike, and ends at its total', async () => {
    const loaded = await loadPackage(FLOWER_SHOP);
    if (!loaded.ok) throw new Error(loaded.error.map(renderProblem).join('\n'));
    const steps: [number, number, string][] = [];
    const report = await reviewInSandbox(loaded.value, LIMITS, undefined, (done, total, label) => steps.push([done, total, label]));
    expect(report.passed).toBe(true);
    const totals = [...new Set(steps.map(([, total]) => total))];
    expect(totals).toHaveLength(1);
    // every step moves forward by one, never past the total, and the last is the total
    expect(steps.map(([done]) => done)).toEqual(Array.from({ length: totals[0]! + 1 }, (_, i) => i));
    expect(steps.some(([, , label]) => label.includes('listing'))).toBe(true);
    expect(steps.some(([, , label]) => label.includes('contract run'))).toBe(true);
  });
});
