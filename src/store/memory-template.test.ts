import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFromTemplate, templateDump } from './memory-template.ts';
import { PgliteStore } from './pglite-store.ts';
import { MIGRATIONS } from './migrations/index.ts';

describe('in-memory stores from a template', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agentos-template-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes the template once, and each store from it is fresh, migrated and its own', async () => {
    const first = await openFromTemplate(dir);
    const files = readdirSync(dir);
    expect(files).toHaveLength(2); // the dump and its hash
    await first.query(`INSERT INTO app_storage (app_id, user_id, key, value) VALUES ('a', 'u', 'k', '1')`);
    const second = await openFromTemplate(dir);
    expect(readdirSync(dir)).toEqual(files);
    const versions = await second.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await second.query('SELECT * FROM app_storage')).toEqual([]);
    await Promise.all([first.close(), second.close()]);
  }, 180_000); // a template made from nothing runs PGlite's initdb: a minute on a busy machine

  it('makes the template again when the one on disk cannot be read', async () => {
    const file = readdirSync(dir).find((f) => f.endsWith('.tar'));
    writeFileSync(join(dir, file!), 'not a tarball');
    const store = await openFromTemplate(dir);
    expect(await store.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: MIGRATIONS.length }]);
    await store.close();
    const again = await openFromTemplate(dir);
    await again.close();
  }, 180_000);

  it('starts a new data folder from the template, and the folder keeps what is written to it', async () => {
    const folder = join(dir, 'db');
    const store = await PgliteStore.open(folder, { initial: () => templateDump(dir) });
    await store.query(`INSERT INTO app_storage (app_id, user_id, key, value) VALUES ('a', 'u', 'k', '1')`);
    await store.close();
    let asked = false;
    const reopened = await PgliteStore.open(folder, { initial: () => { asked = true; return templateDump(dir); } });
    expect(asked).toBe(false); // a folder that holds a database is opened as it is
    expect(await reopened.query<{ key: string }>('SELECT key FROM app_storage')).toEqual([{ key: 'k' }]);
    await reopened.close();
  });
});
