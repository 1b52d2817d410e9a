import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { decide, parseRef, type AutomaticReview } from '../../../hub/index.ts';
import { renderProblem, type Problem } from '../../../package/index.ts';
import { withHub } from '../with-hub.ts';
import { printJson, runCommand } from '../run-command.ts';

/** `agentos review list|show|approve|reject <id>[@version]`. */
export function registerReview(program: Command): void {
  const review = program.command('review').description('review installed versions: list, show, approve, reject');
  review
    .command('list')
    .description('every installed version with its status')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const versions = await hub.catalog.list();
          if (options.json) return printJson(versions.map(({ review: r, ...v }) => ({ ...v, passed: (r as { passed?: boolean } | null)?.passed ?? null })));
          for (const v of versions) {
            const passed = (v.review as { passed?: boolean } | null)?.passed;
            io().stdout.write(`${v.appId}@${v.version}  ${v.status.padEnd(8)}  automatic review ${passed ? 'passed' : 'failed'}  ${v.createdAt}\n`);
          }
        }),
      ),
    );
  review
    .command('show <ref>')
    .description('the review report and decisions of <id>[@version] (default: the latest)')
    .option('--json', 'print as JSON')
    .action((ref: string, options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const { appId, version } = parseRef(ref);
          const record = version ? await hub.catalog.version(appId, version) : (await hub.catalog.list(appId))[0];
          if (!record) throw new Error(`${appId} is not installed`);
          const decisions = await hub.catalog.decisions(appId);
          if (options.json) return printJson({ ...record, decisions });
          const report = record.review as { problems: Problem[]; contract: { api: string; pass: boolean; error?: string }[]; passed: boolean };
          io().stdout.write(`${record.appId}@${record.version}: ${record.status}\n`);
          for (const p of report.problems) io().stdout.write(`  ${renderProblem(p)}\n`);
          for (const c of report.contract) io().stdout.write(`  ${c.pass ? '✓' : '✗'} contract ${c.api}${c.error ? `: ${c.error}` : ''}\n`);
          const automatic = (record.review as { automatic?: AutomaticReview }).automatic;
          if (automatic?.tools.length) {
            io().stdout.write(`  automatic mode derives ${automatic.tools.length} tool(s) (approving this version approves them):\n`);
            for (const t of automatic.tools) io().stdout.write(`    ${t.name}(${Object.keys((t.inputSchema as { properties?: object }).properties ?? {}).join(', ')}) — ${t.description}\n`);
            for (const p of automatic.problems) io().stdout.write(`    ${renderProblem(p)}\n`);
            for (const w of automatic.warnings) io().stdout.write(`    ⚠ ${w.file ? `${w.file}: ` : ''}${w.message}\n`);
          }
          for (const d of decisions) io().stdout.write(`  ${d.at} ${d.actor} ${d.decision}d ${d.version}${d.reason ? `: ${d.reason}` : ''}\n`);
        }),
      ),
    );
  for (const decision of ['approve', 'reject'] as const) {
    review
      .command(`${decision} <ref>`)
      .description(`${decision} <id>[@version] (default: the latest pending version)`)
      .option('--reason <text>', 'why (required to reject)', '')
      .option('--actor <name>', 'who decides', process.env.USER ?? 'operator')
      .action((ref: string, options: { reason: string; actor: string }) =>
        runCommand(() =>
          withHub(async (hub) => {
            const record = await decide(hub, ref, decision, options.reason, options.actor);
            io().stdout.write(`${record.appId}@${record.version} is ${record.status}\n`);
          }),
        ),
      );
  }
}
