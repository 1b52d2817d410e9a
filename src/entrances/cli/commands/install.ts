import { resolve } from 'node:path';
import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { renderProblem, type Problem } from '../../../package/index.ts';
import { installPackage, type AutomaticReview } from '../../../hub/index.ts';
import { withHub } from '../with-hub.ts';
import { progress } from '../progress.ts';
import { printJson, runCommand } from '../run-command.ts';

/** `agentos install <dir> [--id ID]`: a new pending version, reviewed automatically. */
export function registerInstall(program: Command): void {
  program
    .command('install <source>')
    .description('install a mini-program (folder, .zip or .tgz) as a new version and run the automatic review')
    .option('--id <id>', 'the id to install under (default: project.config.json appid, else the folder name)')
    .option('--auto', 'turn automatic mode on: once approved, its pages become tools (see agentos analyze)')
    .option('--json', 'print the result as JSON')
    .option('--verbose', "show the mini-program's own console lines")
    .action((source: string, options: { id?: string; json?: boolean; auto?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const bar = progress('review', { quiet: !!options.json });
          const result = await installPackage(hub, resolve(io().cwd, source), { ...(options.id ? { id: options.id } : {}), ...(options.auto ? { auto: true } : {}), onProgress: bar.step });
          bar.done();
          if (options.json) return printJson(result);
          const { record, report, created } = result;
          io().stdout.write(`${created ? 'installed' : 'already installed'} ${record.appId}@${record.version} (${record.status})\n`);
          for (const p of report.problems as Problem[]) io().stdout.write(`  ${renderProblem(p)}\n`);
          const failed = report.contract.filter((c) => !c.pass);
          io().stdout.write(`  contract run: ${report.contract.length - failed.length}/${report.contract.length} examples pass\n`);
          const automatic = report.automatic as AutomaticReview | undefined;
          if (automatic) io().stdout.write(`  automatic mode${options.auto ? ' (on)' : ''}: ${automatic.tools.length} derived tool(s) — ${automatic.tools.map((t) => t.name).join(', ') || 'none'}; see agentos review show ${record.appId}\n`);
          for (const c of failed) io().stdout.write(`    ✗ ${c.api}: ${c.error ?? 'failed'}\n`);
          io().stdout.write(report.passed ? `  automatic review passed; approve with: agentos review approve ${record.appId}\n` : '  automatic review failed: fix the package and install again\n');
          return report.passed ? 0 : 1;
        }),
      ),
    );
}
