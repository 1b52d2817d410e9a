import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { log } from '../core/index.ts';
import { migrate } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { PgliteStore } from './pglite-store.ts';

/** PGlite's version (a dump is its data folder's format): from the package.json above its entry point. */
const PGLITE_VERSION = (JSON.parse(readFileSync(join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'), 'utf8')) as { version: string }).version;

/**
 * A fresh, migrated in-memory store started from a dump of one, kept in `dir` per schema (the
 * migrations and PGlite's version name the file): PGlite's own initdb and the migrations cost
 * seconds, loading a dump a fraction. The first process to need a template makes it; one that
 * cannot be read is made again. Migrations still run on the loaded store, so it is never behind.
 */
export async function openFromTemplate(dir: string): Promise<PgliteStore> {
  const key = createHash('sha256').update(PGLITE_VERSION).update(JSON.stringify(MIGRATIONS)).digest('hex').slice(0, 16);
  const file = join(dir, `pglite-${key}.tar`);
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(file);
  } catch {
    // not made yet
  }
  if (bytes) {
    try {
      const store = await PgliteStore.fromDump(new Blob([bytes]));
      await migrate(store);
      return store;
    } catch (error) {
      log.warn({ file, error: error instanceof Error ? error.message : String(error) }, 'store template unreadable; making it again');
    }
  }
  const store = await PgliteStore.open();
  await migrate(store);
  const dump = Buffer.from(await (await store.dump()).arrayBuffer());
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, dump);
  renameSync(partial, file);
  return store;
}
