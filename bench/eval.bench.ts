import { fileURLToPath } from 'node:url';
import { loadScenarios, runEval } from '../src/eval/index.ts';
import { machine } from './support.ts';

/** The public scenario file end to end with the local planner: scenarios per second. */
export async function benchEval(): Promise<string[]> {
  const scenarios = loadScenarios(fileURLToPath(new URL('../ecosystem/scenarios/public.yaml', import.meta.url)));
  const report = await runEval(scenarios);
  const passed = report.scenarios.filter((s) => s.pass).length;
  return [
    `eval: ${scenarios.length} public scenarios in ${report.seconds.toFixed(1)} s = ${(scenarios.length / report.seconds).toFixed(2)} scenarios/s (target: the file in < 120 s), ${passed} pass — ${machine()}`,
  ];
}
