import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containsText, loadScenarios, passHatK, runEval } from './index.ts';

const PUBLIC = fileURLToPath(new URL('../../ecosystem/scenarios/public.yaml', import.meta.url));

function scenarioFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'agentos-eval-')), 'file.yaml');
  writeFileSync(path, text);
  return path;
}

describe('scenario files', () => {
  it('reads the public file with its defaults applied', () => {
    const scenarios = loadScenarios(PUBLIC);
    expect(scenarios.length).toBe(35);
    const decline = scenarios.find((s) => s.id === 'coffee-zh-decline');
    expect(decline).toMatchObject({ user: 'demo', confirm: false, consent: true, now: '2026-11-20T10:00:00+08:00' });
    expect(scenarios.find((s) => s.id === 'coffee-en-basic')?.user).toBe('alice');
  });

  it('names the scenario and field of a malformed file', () => {
    expect(() => loadScenarios(scenarioFile('scenarios:\n  - id: Bad_Id\n    say: hi\n'))).toThrow(/scenarios\.0\.id: ids are kebab-case/);
    expect(() => loadScenarios(scenarioFile('scenarios:\n  - id: a\n    say: x\n  - id: a\n    say: y\n'))).toThrow(/scenario id a appears twice/);
    expect(() => loadScenarios(scenarioFile('scenarios: [\n'))).toThrow(/not readable YAML/);
  });
});

describe('judging', () => {
  it('matches text the way SCENARIOS.md says', () => {
    expect(containsText('已支付 ¥186.40', '186.4')).toBe(true);
    expect(containsText('余额：１８６．４０元', '186.40')).toBe(true);
    expect(containsText('Your Tracking Number', 'tracking number')).toBe(true);
    expect(containsText('已签收', '运输中')).toBe(false);
  });

  it('computes pass^k as τ-bench defines it', () => {
    expect(passHatK([{ passes: 3, trials: 3 }, { passes: 0, trials: 3 }], 3)).toBe(0.5);
    expect(passHatK([{ passes: 2, trials: 3 }], 1)).toBeCloseTo(2 / 3);
    expect(passHatK([{ passes: 2, trials: 3 }], 2)).toBeCloseTo(1 / 3);
  });
});

describe('an evaluation run', () => {
  it('passes a paid order, a declined one and a refused consent, each on a fresh hub, and reports pass^k', async () => {
    const scenarios = loadScenarios(PUBLIC).filter((s) => ['coffee-zh-basic', 'coffee-zh-decline', 'express-en-consent-declined'].includes(s.id));
    const report = await runEval(scenarios, { k: 2 });
    expect(report.scenarios.map((s) => [s.id, s.pass, s.reason])).toEqual([
      ['coffee-zh-basic', true, undefined],
      ['coffee-zh-decline', true, undefined],
      ['express-en-consent-declined', true, undefined],
    ]);
    expect(report.passRate).toBe(1);
    expect(report.passK).toBe(1);
    const paid = report.scenarios[0]?.paid[0];
    expect(paid).toMatchObject({ merchant: 'coffee', amount: 21, meta: { store: 's1', fulfilment: 'pickup' } });
    expect(report.scenarios.every((s) => s.violations.length === 0)).toBe(true);
  }, 150_000); // six fresh hubs, each installing and reviewing the sample ecosystem

  it('fails a scenario whose expectation the world does not meet, with the reason', async () => {
    const path = scenarioFile(`scenarios:
  - id: wrong-amount
    say: 帮我在国贸店点一杯大杯冰拿铁，少糖，自取
    expect:
      paid: [{ merchant: coffee, amount: 99.00 }]
`);
    const report = await runEval(loadScenarios(path));
    expect(report.scenarios[0]?.pass).toBe(false);
    expect(report.scenarios[0]?.reason).toMatch(/expected payment coffee ¥99.00 was not found \(payment: coffee ¥21.00/);
  });
});
