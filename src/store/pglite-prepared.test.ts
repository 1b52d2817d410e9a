import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteStore } from './pglite-store.ts';

const prepared = async (store: PgliteStore) => (await store.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).map((r) => r.statement);

describe('PgliteStore with prepared statements', () => {
  let store: PgliteStore;
  beforeAll(async () => {
    store = await PgliteStore.open();
    await store.exec('CREATE TABLE p (id text PRIMARY KEY, n integer, flag boolean, doc jsonb)');
  });
  afterAll(() => store.close());

  it('prepares a statement from its second run and answers as the unprepared one did, hostile values kept data', async () => {
    const insert = 'INSERT INTO p (id, n, flag, doc) VALUES ($1, $2, $3, $4) RETURNING id, n, flag, doc';
    const hostile = `x'); DROP TABLE p; -- \\' "$1" \u4e2d`;
    const first = await store.query(insert, ['a', 1, true, '{"k":[1]}']);
    expect(await prepared(store)).toEqual([]);
    const second = await store.query(insert, [hostile, '2', 'yes', JSON.stringify({ q: "it's" })]);
    const third = await store.query(insert, ['c', 3, false, null]);
    expect(await prepared(store)).toEqual([expect.stringContaining('INSERT INTO p')]);
    expect([first, second, third]).toEqual([
      [{ id: 'a', n: 1, flag: true, doc: { k: [1] } }],
      [{ id: hostile, n: 2, flag: true, doc: { q: "it's" } }],
      [{ id: 'c', n: 3, flag: false, doc: null }],
    ]);
    const select = 'SELECT id FROM p WHERE n >= $1 ORDER BY n';
    for (let i = 0; i < 3; i++) expect(await store.query(select, [2])).toEqual([{ id: hostile }, { id: 'c' }]);
    await expect(store.query(insert, ['a', 9, true, null])).rejects.toThrow(/duplicate key/);
  });

  it('runs a text it cannot prepare as before: two statements, both every time', async () => {
    await store.query('INSERT INTO p (id, n) VALUES ($1, $2)', ['two', 0]);
    const twice = "UPDATE p SET n = n + 1 WHERE id = $1; UPDATE p SET n = n + 10 WHERE id = 'two'";
    for (let i = 0; i < 3; i++) await store.query(twice, ['two']);
    expect(await store.query('SELECT n FROM p WHERE id = $1', ['two'])).toEqual([{ n: 33 }]);
    expect(await prepared(store)).not.toContainEqual(expect.stringContaining('UPDATE p'));
    await store.query('DELETE FROM p WHERE id = $1', ['two']);
  });

  it('drops what it prepared after DDL, so a statement reads the table as it is now', async () => {
    const all = 'SELECT * FROM p WHERE id = $1';
    await store.query(all, ['a']);
    expect(await store.query(all, ['a'])).toEqual([{ id: 'a', n: 1, flag: true, doc: { k: [1] } }]);
    await store.exec('ALTER TABLE p ADD COLUMN note text');
    expect(await store.query(all, ['a'])).toEqual([{ id: 'a', n: 1, flag: true, doc: { k: [1] }, note: null }]);
    await store.transaction((tx) => tx.exec('ALTER TABLE p ADD COLUMN extra integer'));
    expect(await store.query(all, ['a'])).toEqual([{ id: 'a', n: 1, flag: true, doc: { k: [1] }, note: null, extra: null }]);
  });

  it('uses a prepared statement inside a transaction, prepares none there, and a rollback undoes its writes', async () => {
    const count = 'SELECT count(*)::int AS n FROM p WHERE n = $1';
    await store.query(count, [5]);
    await store.query(count, [5]);
    const insert = 'INSERT INTO p (id, n) VALUES ($1, $2)';
    const before = await prepared(store);
    await expect(store.transaction(async (tx) => {
      await tx.query(insert, ['t1', 5]);
      await tx.query(insert, ['t2', 5]);
      await tx.query(insert, ['t3', 5]);
      expect(await tx.query(count, [5])).toEqual([{ n: 3 }]);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(await prepared(store)).toEqual(before);
    expect(await store.query(count, [5])).toEqual([{ n: 0 }]);
  });
});
