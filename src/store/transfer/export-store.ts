import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Store } from '../store.ts';
import { quote, rowCounts, tablesInOrder } from './tables.ts';

/** The first line of an export: what it holds, to check the import against. */
export interface ExportHeader {
  format: 'agentos-store';
  version: 1;
  /** The migrations the source had: the target must be at the same schema. */
  migrations: number[];
  tables: string[];
  counts: Record<string, number>;
  exportedAt: string;
}

const PAGE = 1_000;

/**
 * Writes every table of the store to `file` as JSON lines: a header, then one line per row
 * (`{"t": table, "r": row}`), tables in reference order, all read in one snapshot so what is
 * written is consistent even while a hub runs.
 */
export async function exportStore(store: Store, file: string): Promise<ExportHeader> {
  const out = createWriteStream(file, { mode: 0o600 });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  const header = await store.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const tables = await tablesInOrder(tx);
    const migrations = (await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((m) => m.version);
    const header: ExportHeader = { format: 'agentos-store', version: 1, migrations, tables, counts: await rowCounts(tx, tables), exportedAt: new Date().toISOString() };
    await write(JSON.stringify(header));
    for (const table of tables) {
      for (let offset = 0; ; offset += PAGE) {
        const rows = await tx.query<{ r: unknown }>(`SELECT row_to_json(t) AS r FROM ${quote(table)} t ORDER BY t.ctid OFFSET $1 LIMIT $2`, [offset, PAGE]);
        for (const { r } of rows) await write(JSON.stringify({ t: table, r }));
        if (rows.length < PAGE) break;
      }
    }
    return header;
  });
  out.end();
  await once(out, 'finish');
  return header;
}
