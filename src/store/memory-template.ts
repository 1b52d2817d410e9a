import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { log, sha256 } from '../core/index.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { PgliteStore } from './pglite-store.ts';

/** PGlite's version (a dump is its data folder's format): from the package.json above its entry point, read when a template is first asked for. */
function pgliteVersion(): string {
  return (JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * A fresh, migrated in-memory store started from a dump of one, kept in `dir` per schema (the
 * migrations and PGlite's version name the file): PGlite's own initdb and the migrations cost
 * seconds, loading a dump a fraction. Migrations still run on the loaded store, so it is never behind.
 */
export async function openFromTemplate(dir: string): Promise<PgliteStore> {
  const store = await PgliteStore.fromDump(await templateDump(dir));
  await migrate(store);
  return store;
}

/**
 * The dump of a freshly migrated store kept in `dir`, beside its SHA-256: the first process to
 * need it makes it (each file written whole, then renamed into place); one whose bytes do not
 * match their hash (cut short, overwritten) is made again.
 */
export async function templateDump(dir: string): Promise<Blob> {
  const key = sha256(pgliteVersion() + JSON.stringify(MIGRATIONS)).slice(0, 16);
  const file = join(dir, `pglite-${key}.tar`);
  const kept = readKept(file);
  if (kept) return new Blob([kept]);
  const store = await PgliteStore.open();
  try {
    await migrate(store);
    const bytes = Buffer.from(await (await store.dump()).arrayBuffer());
    mkdirSync(dir, { recursive: true });
    writeWhole(file, bytes);
    writeWhole(`${file}.sha256`, sha256(bytes));
    return new Blob([bytes]);
  } finally {
    await store.close();
  }
}

function readKept(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (readFileSync(`${file}.sha256`, 'utf8') === sha256(bytes)) return bytes;
    log.warn({ file }, 'store template does not match its hash; making it again');
  } catch {
    // not made yet
  }
  return undefined;
}

function writeWhole(file: string, data: Buffer | string): void {
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}
