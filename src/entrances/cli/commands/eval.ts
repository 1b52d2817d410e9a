import type { Command } from 'commander';
import { AgentOsError, loadConfig } from '../../../core/index.ts';
import { loadScenarios, runEval } from '../../../eval/index.ts';
import { plannerFor } from '../../../hub/index.ts';
import { progress } from '../progress.ts';
import { printJson, runCommand } from '../run-command.ts';

/** `agentos eval <file.yaml>`: each scenario on a fresh hub, judged by its end state (SCENARIOS.md). */
export function registerEval(program: Command): void {
  program
    .command('eval <file>')
    .description('run scenarios (YAML, see SCENARIOS.md) against fresh hubs and report pass rate and pass^k')
    .option('--planner <planner>', 'local | llm', 'local')
    .option('--k <n>', 'runs per scenario (pass^k)', '1')
    .option('--json', 'print the whole report as JSON')
    .option('--min-pass <rate>', 'exit 1 when the pass rate is below this (0..1)')
    .option('--only <ids>', 'comma-separated scenario ids')
    .option('--verbose', "show the mini-programs' own console lines")
    .action((file: string, options: { planner: string; k: string; json?: boolean; minPass?: string; only?: string }) =>
      runCommand(async () => {
        if (options.planner !== 'local' && options.planner !== 'llm') throw new AgentOsError('BAD_REQUEST', `unknown planner ${options.planner}`, { fix: 'use --planner local or --planner llm' });
        const k = Number(options.k);
        if (!Number.isInteger(k) || k < 1) throw new AgentOsError('BAD_REQUEST', '--k must be a whole number ≥ 1');
        const only = options.only?.split(',').map((s) => s.trim());
        const scenarios = loadScenarios(file).filter((s) => !only || only.includes(s.id));
        if (!scenarios.length) throw new AgentOsError('NOT_FOUND', 'no scenario matches --only', { fix: 'check the ids in the file' });
        const config = { ...loadConfig(), planner: options.planner as 'local' | 'llm' };
        const bar = progress('eval', { quiet: !!options.json });
        const report = await runEval(scenarios, {
          k, config, planner: () => plannerFor(config),
          onProgress: (done, total, outcome) => bar.step(done, total, `${outcome.pass ? '✓' : '✗'} ${outcome.id}`),
        });
        bar.done();
        if (options.json) printJson(report);
        else {
          for (const s of report.scenarios) {
            process.stdout.write(`${s.pass ? 'PASS' : 'FAIL'}  ${s.id}${k > 1 ? `  ${s.passes}/${s.runs}` : ''}${s.reason ? `  — ${s.reason}` : ''}\n`);
          }
          const passed = report.scenarios.filter((s) => s.pass).length;
          const waiting = report.scenarios.filter((s) => s.needs).length;
          process.stdout.write(`\npass rate ${(report.passRate * 100).toFixed(1)}% (${passed}/${report.scenarios.length})  pass^${k} ${report.passK.toFixed(3)}  in ${report.seconds.toFixed(1)} s\n`);
          if (waiting) process.stdout.write(`${waiting} of the failures need automatic mode (mini-programs with pages only)\n`);
        }
        const min = options.minPass === undefined ? undefined : Number(options.minPass);
        return min !== undefined && report.passRate < min ? 1 : 0;
      }),
    );
}
