import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { AgentOsError } from '../../core/index.ts';
import type { Sql, Store } from '../store.ts';
import type { ExportHeader } from './export-store.ts';
import { quote, rowCounts, tablesInOrder } from './tables.ts';

const BATCH = 500;

/** Tables whose rows mean the store is in use (a fresh, migrated store has none). */
const CONTENT = ['users', 'packages', 'sessions', 'ledger_transactions', 'audit_log'];

/**
 * Loads an export into this store, in one transaction: the store must be at the export's
 * schema and hold nothing yet. Rows are typed by PostgreSQL itself (`json_populate_recordset`),
 * serial counters continue after the imported rows, and the counts are checked before commit.
 */
export async function importStore(store: Store, file: string): Promise<ExportHeader> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = parseHeader(first.done ? '' : String(first.value), file);
  return store.transaction(async (tx) => {
    const migrations = (await tx.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).map((m) => m.version);
    if (migrations.join() !== header.migrations.join()) {
      throw new AgentOsError('CONFLICT', `导出文件的结构版本与目标不同 / ${file} was exported at schema ${header.migrations.at(-1)}, this store is at ${migrations.at(-1)}: export again with this version of agentos`);
    }
    const tables = await tablesInOrder(tx);
    const missing = header.tables.filter((t) => !tables.includes(t));
    if (missing.length) throw new AgentOsError('CONFLICT', `目标缺少表 / this store has no table ${missing.join(', ')}`);
    for (const table of CONTENT.filter((t) => tables.includes(t))) {
      const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
      if (row?.n) throw new AgentOsError('CONFLICT', `目标存储不是空的 / the target store is not empty (${table}: ${row.n} rows): import into a fresh database, before any hub has started on it`);
    }
    // What a fresh store starts with (the audit chain's genesis head) gives way to the export's.
    const current = await rowCounts(tx, tables);
    const filled = tables.filter((t) => current[t]);
    if (filled.length) await tx.exec(`TRUNCATE ${filled.map(quote).join(', ')}`);
    const columns = await writableColumns(tx);
    let batch: unknown[] = [];
    let table = '';
    const flush = async () => {
      if (batch.length) await insert(tx, table, columns.get(table) ?? [], batch);
      batch = [];
    };
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      if (!line.value) continue;
      const { t, r } = JSON.parse(String(line.value)) as { t: string; r: unknown };
      if (!header.tables.includes(t)) throw new AgentOsError('BAD_REQUEST', `${file}: a row of table ${t}, which the header does not list`);
      if (t !== table || batch.length >= BATCH) await flush();
      table = t;
      batch.push(r);
    }
    await flush();
    await continueSerials(tx, tables);
    const counts = await rowCounts(tx, header.tables);
    const wrong = header.tables.filter((t) => counts[t] !== header.counts[t]);
    if (wrong.length) {
      throw new AgentOsError('BAD_REQUEST', `导入的行数不对 / ${file} is incomplete: ${wrong.map((t) => `${t} ${counts[t]} of ${header.counts[t]}`).join(', ')}; nothing was imported`);
    }
    return header;
  });
}

function parseHeader(line: string, file: string): ExportHeader {
  let header: ExportHeader | undefined;
  try {
    header = JSON.parse(line) as ExportHeader;
  } catch {
    // reported below
  }
  if (header?.format !== 'agentos-store' || header.version !== 1) {
    throw new AgentOsError('BAD_REQUEST', `不是 agentos 存储导出文件 / ${file} is not an agentos store export (made by agentos store export)`);
  }
  return header;
}

/** Each table's columns a row can set: the database computes the generated ones (a stored value's size). */
async function writableColumns(tx: Sql): Promise<Map<string, string[]>> {
  const rows = await tx.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), quote(r.column_name)]);
  return out;
}

async function insert(tx: Sql, table: string, columns: string[], rows: unknown[]): Promise<void> {
  const list = columns.join(', ');
  await tx.query(`INSERT INTO ${quote(table)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [JSON.stringify(rows)]);
}

/** Serial columns carry on after the largest imported value. */
async function continueSerials(tx: Sql, tables: string[]): Promise<void> {
  const serials = await tx.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { table_name: table, column_name: column } of serials) {
    if (!tables.includes(table)) continue;
    await tx.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${quote(column)}), 0) + 1, false) FROM ${quote(table)}`, [quote(table), column]);
  }
}
