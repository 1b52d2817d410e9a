import type { Command } from 'commander';
import { loadPackage, renderProblem } from '../../../package/index.ts';
import { lintPackage } from '../../../review/index.ts';
import { printJson, runCommand } from '../run-command.ts';

/** `agentos lint <dir> [--json]`: the static review rules, exit 1 on errors. */
export function registerLint(program: Command): void {
  program
    .command('lint <dir>')
    .description('check a mini-program package against the format and the review rules (exit 1 on errors)')
    .option('--json', 'print the problems as JSON')
    .action((dir: string, options: { json?: boolean }) =>
      runCommand(async () => {
        const loaded = await loadPackage(dir);
        const problems = loaded.ok ? lintPackage(loaded.value) : loaded.error;
        const errors = problems.filter((p) => p.severity === 'error').length;
        if (options.json) printJson({ ok: errors === 0, errors, warnings: problems.length - errors, problems });
        else {
          for (const p of problems) process.stdout.write(`${renderProblem(p)}\n`);
          process.stdout.write(`${errors} error(s), ${problems.length - errors} warning(s)\n`);
        }
        return errors > 0 ? 1 : 0;
      }),
    );
}
