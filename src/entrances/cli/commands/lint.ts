import type { Command } from 'commander';
import { loadConfig } from '../../../core/index.ts';
import { reviewInSandbox } from '../../../hub/index.ts';
import { loadPackage, renderProblem } from '../../../package/index.ts';
import { lintPackage, type ContractResult } from '../../../review/index.ts';
import { printJson, runCommand } from '../run-command.ts';

/**
 * `agentos lint <dir> [--json] [--static]`: the automatic review install runs (rules, the skills
 * inspected in the sandbox, the contract run, every card mounted and every page opened), without
 * installing anything; `--static` runs the rules only. Exit 1 on errors.
 */
export function registerLint(program: Command): void {
  program
    .command('lint <dir>')
    .description('review a mini-program package as install does, without installing it (exit 1 on errors)')
    .option('--json', 'print the problems as JSON')
    .option('--static', 'check the rules only: run no code of the package')
    .action((dir: string, options: { json?: boolean; static?: boolean }) =>
      runCommand(async () => {
        const loaded = await loadPackage(dir);
        let contract: ContractResult[] = [];
        let problems = loaded.ok ? [] : loaded.error;
        if (loaded.ok && options.static) problems = lintPackage(loaded.value);
        else if (loaded.ok) {
          const config = loadConfig();
          const report = await reviewInSandbox(loaded.value, config.sandbox, config.clock);
          problems = report.problems;
          contract = report.contract;
        }
        const errors = problems.filter((p) => p.severity === 'error').length;
        if (options.json) printJson({ ok: errors === 0, errors, warnings: problems.length - errors, problems, contract });
        else {
          for (const p of problems) process.stdout.write(`${renderProblem(p)}\n`);
          const failed = contract.filter((c) => !c.pass).length;
          if (contract.length > 0) process.stdout.write(`contract run: ${contract.length - failed}/${contract.length} examples pass\n`);
          process.stdout.write(`${errors} error(s), ${problems.length - errors} warning(s)\n`);
        }
        return errors > 0 ? 1 : 0;
      }),
    );
}
