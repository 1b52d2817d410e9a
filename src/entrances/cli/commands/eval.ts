import type { Command } from 'commander';
import { AgentOsError, loadConfig } from '../../../core/index.ts';
import { loadScenarios, passHatK, runEval } from '../../../eval/index.ts';
import { plannerFor } from '../../../hub/index.ts';
import { progress } from '../progress.ts';
import { printJson, runCommand } from '../run-command.ts';

/** `agentos eval <file.yaml>`: each scenario on a fresh hub, judged by its end state (SCENARIOS.md). */
export function registerEval(program: Command): void {
  program
    .command('eval <files...>')
    .description('run scenarios (YAML, see SCENARIOS.md) against fresh hubs and report pass rate and pass^k')
    .option('--package <dir>', 'also install and approve this package in the eval hub (repeatable)', (dir: string, all: string[]) => [...all, dir], [] as string[])
    .option('--split <half>', 'only the scenarios of this half of a development set: dev | test')
    .option('--planner <planner>', 'local | llm', 'local')
    .option('--k <n>', 'runs per scenario (pass^k)', '1')
    .option('--json', 'print the whole report as JSON')
    .option('--kinds', "print the failures only as counts by kind, never their sentences (for a held-out half)")
    .option('--min-pass <rate>', 'exit 1 when the pass rate is below this (0..1)')
    .option('--only <ids>', 'comma-separated scenario ids')
    .option('--verbose', "show the mini-programs' own console lines")
    .action((files: string[], options: { planner: string; k: string; json?: boolean; kinds?: boolean; minPass?: string; only?: string; package: string[]; split?: string }) =>
      runCommand(async () => {
        if (options.planner !== 'local' && options.planner !== 'llm') throw new AgentOsError('BAD_REQUEST', `unknown planner ${options.planner}`, { fix: 'use --planner local or --planner llm' });
        const k = Number(options.k);
        if (!Number.isInteger(k) || k < 1) throw new AgentOsError('BAD_REQUEST', '--k must be a whole number ≥ 1');
        const only = options.only?.split(',').map((s) => s.trim());
        if (options.split !== undefined && options.split !== 'dev' && options.split !== 'test') throw new AgentOsError('BAD_REQUEST', `unknown split ${options.split}`, { fix: 'use --split dev or --split test' });
        const byFile = files.map((file) => ({ file, scenarios: loadScenarios(file).filter((s) => (!only || only.includes(s.id)) && (!options.split || s.split === options.split)) }));
        const scenarios = byFile.flatMap((f) => f.scenarios);
        if (!scenarios.length) throw new AgentOsError('NOT_FOUND', 'no scenario matches --only / --split', { fix: 'check the ids and split fields in the files' });
        const config = { ...loadConfig(), planner: options.planner as 'local' | 'llm' };
        const bar = progress('eval', { quiet: !!options.json || !!options.kinds });
        const report = await runEval(scenarios, {
          k, config, planner: () => plannerFor(config), packages: options.package,
          onProgress: (done, total, outcome) => bar.step(done, total, `${outcome.pass ? '✓' : '✗'} ${outcome.id}`),
        });
        bar.done();
        if (options.json) printJson(report);
        else if (options.kinds) printKinds(report.scenarios);
        else {
          for (const s of report.scenarios) {
            process.stdout.write(`${s.pass ? 'PASS' : 'FAIL'}  ${s.id}${k > 1 ? `  ${s.passes}/${s.runs}` : ''}${s.reason ? `  — ${s.reason}` : ''}\n`);
          }
          const passed = report.scenarios.filter((s) => s.pass).length;
          const waiting = report.scenarios.filter((s) => s.needs).length;
          if (byFile.length > 1) {
            for (const { file, scenarios: own } of byFile) {
              const rows = report.scenarios.filter((r) => own.some((s) => s.id === r.id));
              process.stdout.write(`${file}: ${rows.filter((r) => r.pass).length}/${rows.length}  pass^${k} ${passHatK(rows.map((r) => ({ passes: r.passes, trials: r.runs })), k).toFixed(3)}\n`);
            }
          }
          process.stdout.write(`\npass rate ${(report.passRate * 100).toFixed(1)}% (${passed}/${report.scenarios.length})  pass^${k} ${report.passK.toFixed(3)}  in ${report.seconds.toFixed(1)} s\n`);
          if (waiting) process.stdout.write(`${waiting} of the failures need automatic mode (mini-programs with pages only)\n`);
        }
        const min = options.minPass === undefined ? undefined : Number(options.minPass);
        return min !== undefined && report.passRate < min ? 1 : 0;
      }),
    );
}

/** Counts of the failures by kind, most first, and the pass count: no scenario id, reason or reply. */
function printKinds(rows: { pass: boolean; kind?: string }[]): void {
  const counts = new Map<string, number>();
  for (const row of rows) if (!row.pass) counts.set(row.kind ?? 'unknown', (counts.get(row.kind ?? 'unknown') ?? 0) + 1);
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(3)}  ${kind}\n`);
  process.stdout.write(`passed ${rows.filter((r) => r.pass).length}/${rows.length}\n`);
}
