import { benchAutomatic } from './automatic.bench.ts';
import { benchEval } from './eval.bench.ts';
import { benchHostile } from './hostile.bench.ts';
import { benchInstall } from './install.bench.ts';
import { benchOrchestrator } from './orchestrator.bench.ts';
import { benchPay } from './pay.bench.ts';
import { benchPlanner } from './planner.bench.ts';
import { benchProtocols } from './protocols.bench.ts';
import { benchRender } from './render.bench.ts';
import { benchSandbox } from './sandbox.bench.ts';
import { benchScale } from './scale.bench.ts';
import { benchSandboxPool } from './sandbox-pool.bench.ts';
import { benchSearch } from './search.bench.ts';
import { benchWeb } from './web.bench.ts';
import { machine } from './support.ts';

/** `npm run bench [name…]`: every benchmark, or the named ones; each prints its figures with their conditions. */
const benches: Record<string, () => Promise<string[]>> = {
  sandbox: benchSandbox,
  'sandbox-pool': benchSandboxPool,
  render: benchRender,
  search: benchSearch,
  orchestrator: benchOrchestrator,
  pay: benchPay,
  eval: benchEval,
  web: benchWeb,
  planner: benchPlanner,
  install: benchInstall,
  hostile: benchHostile,
  scale: benchScale,
  protocols: benchProtocols,
  automatic: benchAutomatic,
};

process.env.AGENTOS_LOG_LEVEL ??= 'warn';
const chosen = process.argv.slice(2).filter((a) => !a.startsWith('-'));
console.log(`AgentOS benchmarks — ${machine()}`);
for (const [name, run] of Object.entries(benches)) {
  if (chosen.length && !chosen.includes(name)) continue;
  const started = performance.now();
  try {
    for (const line of await run()) console.log(line);
  } catch (error) {
    console.log(`${name}: failed — ${(error as Error).message}`);
    process.exitCode = 1;
  }
  console.log(`  (${name} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
