import { describe, expect, it } from 'vitest';
import { PostgresStore } from './postgres-store.ts';
import { scratchDatabase } from './test-variants.ts';

/** Two stores on one database stand for two hub processes: each has its own connections. */
describe.skipIf(process.env.AGENTOS_TEST_PG === 'off')('locks and signals across processes on PostgreSQL', () => {
  it('serialises a read-modify-write across two processes, lets one sweeper run, and carries a signal to the other', async () => {
    const database = await scratchDatabase();
    const [a, b] = [await PostgresStore.open(database.url), await PostgresStore.open(database.url)];
    try {
      await a.exec('CREATE TABLE counter (n integer NOT NULL); INSERT INTO counter VALUES (0)');
      const bump = (store: PostgresStore) => store.locks('storage').run('coffee', async () => {
        const [row] = await store.query<{ n: number }>('SELECT n FROM counter');
        await new Promise((r) => setTimeout(r, 2));
        await store.query('UPDATE counter SET n = $1', [(row?.n ?? 0) + 1]);
      });
      await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 ? a : b)));
      expect((await a.query<{ n: number }>('SELECT n FROM counter'))[0]?.n).toBe(40);

      let release!: () => void;
      const held = a.locks('jobs').run('sweep', () => new Promise<void>((r) => (release = r)));
      await new Promise((r) => setTimeout(r, 100));
      expect(await b.locks('jobs').tryRun('sweep', async () => 'ran')).toBeUndefined();
      release();
      await held;
      expect(await b.locks('jobs').tryRun('sweep', async () => 'ran')).toBe('ran');

      const heard = new Promise<string>((resolve) => b.listen('agentos_test', resolve));
      await new Promise((r) => setTimeout(r, 200)); // b's LISTEN is in place
      await a.notify('agentos_test', 'ses_1 7');
      expect(await heard).toBe('ses_1 7');
    } finally {
      await a.close();
      await b.close();
      await database.drop();
    }
  }, 60_000);
});
