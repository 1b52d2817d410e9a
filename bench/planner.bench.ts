import { fileURLToPath } from 'node:url';
import { loadScenarios, runEval } from '../src/eval/index.ts';
import { LocalPlanner, type Planner } from '../src/orchestrator/index.ts';
import { machine, ms, percentiles } from './support.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const FILES = ['cinema', 'home-cleaning', 'fitness', 'pharmacy', 'hotel', 'samples'].map((f) => here(`../ecosystem/scenarios/${f}.yaml`));
const PACKAGES = ['cinema', 'home-cleaning', 'fitness', 'pharmacy', 'hotel'].map((p) => here(`../ecosystem/third-party/${p}`));

/** The local planner's decision time per step (one `next()`), over the development half of the new scenario set. */
export async function benchPlanner(): Promise<string[]> {
  const limit = Number(process.env.AGENTOS_BENCH_PLANNER_SCENARIOS ?? 24);
  const scenarios = FILES.flatMap((f) => loadScenarios(f)).filter((s) => s.split === 'dev').slice(0, limit);
  const samples: number[] = [];
  const timed = (): Planner => {
    const inner = new LocalPlanner();
    return {
      name: inner.name,
      async next(input) {
        const t = performance.now();
        const step = await inner.next(input);
        samples.push(performance.now() - t);
        return step;
      },
    };
  };
  const report = await runEval(scenarios, { planner: timed, packages: PACKAGES });
  const { p50, p95 } = percentiles(samples);
  return [
    `planner: ${samples.length} local-planner steps over ${scenarios.length} development scenarios: p50 ${ms(p50)}, p95 ${ms(p95)} per step (target p95 < 50 ms); ${report.scenarios.filter((s) => s.pass).length} pass — ${machine()}`,
  ];
}
