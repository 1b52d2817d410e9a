import { resolve } from 'node:path';
import type { Command } from 'commander';
import { AgentOsError } from '../../../core/index.ts';
import type { Hub } from '../../../hub/index.ts';
import { exportStore, importStore, rowCounts, type ExportHeader } from '../../../store/index.ts';
import { io } from '../command-io.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';

/** What an import or export moved, and whether the money and the audit chain still check out. */
async function report(hub: Hub, header: ExportHeader, verb: string, file: string, json: boolean): Promise<number> {
  const counts = await rowCounts(hub.store, header.tables);
  const ledger = await hub.pay.verify();
  const audit = await hub.trust.audit.verify();
  const countsMatch = header.tables.every((t) => counts[t] === header.counts[t]);
  if (json) printJson({ file, store: hub.store.kind, counts, countsMatch, ledger: ledger.ok, audit: audit.ok });
  else {
    const out = io().stdout;
    out.write(`${verb} ${header.tables.reduce((n, t) => n + (header.counts[t] ?? 0), 0)} rows of ${header.tables.length} tables ${verb === 'exported' ? 'to' : 'from'} ${file} (store: ${hub.store.kind})\n`);
    for (const t of header.tables) out.write(`  ${t.padEnd(22)} ${String(counts[t]).padStart(8)}${counts[t] === header.counts[t] ? '' : `  ≠ ${header.counts[t]} in the export`}\n`);
    out.write(`  ${ledger.ok ? '✓ 账本核对通过 / ledger verified' : `✗ 账本有问题 / ledger problems: ${ledger.problems.length}`}\n`);
    out.write(`  ${audit.ok ? `✓ 审计链完整 / audit chain intact (${audit.count} records, head ${audit.headHash.slice(0, 16)}…)` : `✗ 审计链断在 / audit chain broken at ${audit.broken.seq}`}\n`);
  }
  return countsMatch && ledger.ok && audit.ok ? 0 : 1;
}

/** `agentos store export|import <file>`: everything the store holds, moved between PGlite and PostgreSQL. */
export function registerStore(program: Command): void {
  const store = program.command('store').description('move everything the store holds: export to a file, import into a fresh store / 导出与导入');
  store
    .command('export <file>')
    .description('write every table (packages, decisions, storage, users, sessions, confirmations, ledger, audit chain) to a file, then verify')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const path = resolve(io().cwd, file);
          return report(hub, await exportStore(hub.store, path), 'exported', path, !!options.json);
        }),
      ),
    );
  store
    .command('import <file>')
    .description('load an export into the configured store (AGENTOS_DATABASE_URL, or the data folder), which must be fresh; then verify')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) =>
      runCommand(() => {
        if (io().hub) {
          throw new AgentOsError('CONFLICT', '中枢运行时不能导入 / a hub is running on this data folder: stop it first; an import fills a fresh store before any hub starts on it');
        }
        return withHub(async (hub) => {
          const path = resolve(io().cwd, file);
          return report(hub, await importStore(hub.store, path), 'imported', path, !!options.json);
        });
      }),
    );
}
