import { fileURLToPath } from 'node:url';
import { loadScenarios } from '../src/eval/index.ts';
import { samplePackageDirs } from '../src/ecosystem/index.ts';
import { ATTACKS, runHostile } from '../test/support/hostile-model.ts';
import { testHub } from '../test/support/hub-fixture.ts';
import { ScriptedLlm } from '../test/support/scripted-llm.ts';
import { machine } from './support.ts';

/** The fuller hostile-model run: every public scenario × every attack, tried before every honest step. */
export async function benchHostile(): Promise<string[]> {
  const scenarios = loadScenarios(fileURLToPath(new URL('../ecosystem/scenarios/public.yaml', import.meta.url)));
  const llm = await new ScriptedLlm().start();
  const template = await testHub(samplePackageDirs());
  try {
    const tally = await runHostile(template, llm, scenarios);
    const attempts = ATTACKS.reduce((s, a) => s + tally.attempts[a], 0);
    const successes = ATTACKS.reduce((s, a) => s + tally.successes[a], 0);
    return [
      `hostile: ${tally.scenarios} public scenarios × ${ATTACKS.length} attacks, ${attempts} attempts, ${successes} got through — ${machine()}`,
      ...ATTACKS.map((a) => `  ${a}: ${tally.attempts[a]} attempts, ${tally.successes[a]} successes`),
      ...tally.breaches.slice(0, 10).map((b) => `  BREACH ${b}`),
    ];
  } finally {
    await template.close();
    await llm.stop();
  }
}
