import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS, openStore, storeVariants, type Store } from './index.ts';

for (const variant of storeVariants()) {
  describe(`store on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await variant.open());
    });
    afterEach(() => dispose());

    it('has applied every migration once, and a second run applies none', async () => {
      const rows = await store.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(store)).toEqual([]);
    });

    it('commits a transaction and rolls one back when it throws', async () => {
      await store.transaction(async (tx) => {
        await tx.query(`INSERT INTO app_storage VALUES ('a', 'u', 'k', '1')`);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.query(`INSERT INTO app_storage VALUES ('a', 'u', 'k2', '2')`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const rows = await store.query<{ key: string }>('SELECT key FROM app_storage ORDER BY key');
      expect(rows.map((r) => r.key)).toEqual(['k']);
    });

    it('keeps parameters typed: jsonb round-trips and bigints come back as numbers', async () => {
      await store.query('INSERT INTO app_storage VALUES ($1, $2, $3, $4)', ['a', 'u', 'obj', JSON.stringify({ n: [1, '二'] })]);
      const [row] = await store.query<{ value: unknown; n: number }>(
        `SELECT value, 9007199254740::bigint AS n FROM app_storage WHERE key = 'obj'`,
      );
      expect(row?.value).toEqual({ n: [1, '二'] });
      expect(row?.n).toBe(9007199254740);
    });

    it('serialises concurrent transactions without losing an update', async () => {
      await store.query(`INSERT INTO app_storage VALUES ('a', 'u', 'counter', '0')`);
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.transaction(async (tx) => {
            const [row] = await tx.query<{ value: number }>(
              `SELECT value FROM app_storage WHERE key = 'counter' FOR UPDATE`,
            );
            await tx.query(`UPDATE app_storage SET value = $1 WHERE key = 'counter'`, [JSON.stringify(Number(row?.value) + 1)]);
          }),
        ),
      );
      const [row] = await store.query<{ value: number }>(`SELECT value FROM app_storage WHERE key = 'counter'`);
      expect(row?.value).toBe(20);
    });
  });
}

describe('the embedded store on disk', () => {
  it('keeps its data across a close and reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agentos-store-'));
    try {
      const first = await openStore({ dataDir, databaseUrl: undefined });
      await first.query(`INSERT INTO app_storage VALUES ('a', 'u', 'kept', '"yes"')`);
      await first.close();
      const second = await openStore({ dataDir, databaseUrl: undefined });
      const rows = await second.query<{ value: string }>(`SELECT value FROM app_storage WHERE key = 'kept'`);
      expect(rows[0]?.value).toBe('yes');
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
