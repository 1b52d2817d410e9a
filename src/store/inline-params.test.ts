import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineParams } from './inline-params.ts';
import { PgliteStore } from './pglite-store.ts';

describe('inlineParams', () => {
  it('writes each value in as an escaped string constant, NULL for null', () => {
    expect(inlineParams('SELECT $1, $2, $3, $10', ['a', 2, null, 'ten', 5, 6, 7, 8, 9, 'x'])).toBe("SELECT E'a', E'2', NULL, E'x'");
    expect(inlineParams('SELECT $1', ["it's \\ here"])).toBe("SELECT E'it''s \\\\ here'");
    expect(inlineParams('SELECT $1, $2', [true, 12n])).toBe("SELECT E'true', E'12'");
    expect(inlineParams('SELECT a - b, c / d, $1 -- end', ['{"k":"v"}'])).toBe(`SELECT a - b, c / d, E'{"k":"v"}' -- end`);
  });

  it('leaves $n inside quotes and comments alone', () => {
    expect(inlineParams(`SELECT '$1', "$1" -- $1\n, /* $1 */ $1`, ['v'])).toBe(`SELECT '$1', "$1" -- $1\n, /* $1 */ E'v'`);
  });

  it('declines what it cannot write plainly: objects, dates, NUL, dollar quoting, backslashes, missing values', () => {
    expect(inlineParams('SELECT $1', [{ a: 1 }])).toBeUndefined();
    expect(inlineParams('SELECT $1', [new Date(0)])).toBeUndefined();
    expect(inlineParams('SELECT $1', [['a']])).toBeUndefined();
    expect(inlineParams('SELECT $1', ['a\0b'])).toBeUndefined();
    expect(inlineParams('SELECT $$x$$', [])).toBeUndefined();
    expect(inlineParams("SELECT E'\\n', $1", ['a'])).toBeUndefined();
    expect(inlineParams('SELECT $2', ['a'])).toBeUndefined();
    expect(inlineParams("SELECT 'open", [])).toBeUndefined();
  });
});

describe('PgliteStore with values written in', () => {
  let store: PgliteStore;
  beforeAll(async () => {
    store = await PgliteStore.open();
    await store.exec('CREATE TABLE t (id text PRIMARY KEY, n integer, flag boolean, doc jsonb, at timestamptz)');
  });
  afterAll(() => store.close());

  it('keeps a hostile value data, and types values by context as parameters are', async () => {
    const hostile = `x'); DROP TABLE t; -- \\' "$1" \u4e2d`;
    await store.query('INSERT INTO t (id, n, flag, doc, at) VALUES ($1, $2, $3, $4, $5)', [hostile, 7, true, JSON.stringify({ a: [1, 'b'] }), '2026-01-02T03:04:05Z']);
    const rows = await store.query<{ id: string; n: number; flag: boolean; doc: unknown; at: Date }>('SELECT * FROM t WHERE id = $1 AND n > $2 AND flag = $3', [hostile, 6, 'yes']);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: hostile, n: 7, flag: true, doc: { a: [1, 'b'] } });
    expect(new Date(rows[0]!.at).toISOString()).toBe('2026-01-02T03:04:05.000Z');
    // The same statement through the parameter path (a Date is not written in) reads the same row.
    expect(await store.query('SELECT id FROM t WHERE at = $1', [new Date('2026-01-02T03:04:05Z')])).toEqual([{ id: hostile }]);
    expect(await store.query('SELECT count(*)::int AS n FROM t WHERE $1::text IS NULL', [null])).toEqual([{ n: 1 }]);
  });

  it('returns no rows for a statement that returns none, and the rows of a data-modifying CTE', async () => {
    expect(await store.query('UPDATE t SET n = $2 WHERE id = $1', ['missing', 1])).toEqual([]);
    const rows = await store.query('WITH a AS (INSERT INTO t (id, n) VALUES ($1, $2) RETURNING id) SELECT id FROM a', ['second', 1]);
    expect(rows).toEqual([{ id: 'second' }]);
  });

  it('reports a database error with its code, inside a transaction too', async () => {
    await expect(store.query('INSERT INTO t (id) VALUES ($1)', ['second'])).rejects.toMatchObject({ code: '23505' });
    await expect(store.transaction((tx) => tx.query('INSERT INTO t (id) VALUES ($1)', ['second']))).rejects.toMatchObject({ code: '23505' });
    expect(await store.transaction((tx) => tx.query<{ id: string }>('SELECT id FROM t WHERE id = $1', ['second']))).toEqual([{ id: 'second' }]);
  });
});
