import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatementNames } from './statement-names.ts';
import { storeVariants, type Store } from './index.ts';

describe('statement names', () => {
  it('names a parameterised text from its second run on, the same name every time', () => {
    const names = new StatementNames();
    const text = 'SELECT * FROM orders WHERE id = $1';
    expect(names.nameFor(text, ['o1'])).toBeUndefined();
    const name = names.nameFor(text, ['o2']);
    expect(name).toMatch(/^s_[0-9a-f]{40}$/);
    expect(names.nameFor(text, ['o3'])).toBe(name);
    expect(new StatementNames().nameFor('SELECT 1', [])).toBeUndefined();
  });

  it('never names again a text whose prepared form went stale', () => {
    const names = new StatementNames();
    const text = 'SELECT * FROM t WHERE id = $1';
    names.nameFor(text, [1]);
    expect(names.nameFor(text, [1])).toBeDefined();
    expect(names.stale(text, Object.assign(new Error('boom'), { code: '23505' }))).toBe(false);
    expect(names.stale(text, Object.assign(new Error('cached plan must not change result type'), { code: '0A000' }))).toBe(true);
    expect(names.nameFor(text, [1])).toBeUndefined();
    expect(names.nameFor(text, [1])).toBeUndefined();
    const other = 'SELECT * FROM u WHERE id = $1';
    names.nameFor(other, [1]);
    expect(names.nameFor(other, [1])).toBeDefined();
  });

  it('turns naming off when the server does not know a name (a pooler hands out other sessions)', () => {
    const names = new StatementNames();
    const [a, b] = ['SELECT * FROM a WHERE id = $1', 'SELECT * FROM b WHERE id = $1'];
    for (const text of [a, b, a, b]) names.nameFor(text, [1]);
    expect(names.stale(a, Object.assign(new Error('prepared statement does not exist'), { code: '26000' }))).toBe(true);
    expect(names.nameFor(a, [1])).toBeUndefined();
    expect(names.nameFor(b, [1])).toBeUndefined();
  });
});

const postgres = storeVariants().find((variant) => variant.name === 'postgres');

describe.skipIf(!postgres)('prepared statements on PostgreSQL', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => ({ store, dispose } = await postgres!.open()));
  afterAll(() => dispose());

  it('a table changed under a prepared statement: the statement runs again unnamed and sees the change', async () => {
    await store.exec('CREATE TABLE prepared_probe (id int PRIMARY KEY, a text)');
    await store.query('INSERT INTO prepared_probe VALUES ($1, $2)', [1, 'x']);
    const read = () => store.query<Record<string, unknown>>('SELECT * FROM prepared_probe WHERE id = $1', [1]);
    // Enough runs that every connection of the pool the reads land on has it prepared.
    for (let i = 0; i < 30; i++) expect(await read()).toEqual([{ id: 1, a: 'x' }]);
    await store.exec(`ALTER TABLE prepared_probe ADD COLUMN b text NOT NULL DEFAULT 'y'`);
    for (let i = 0; i < 5; i++) expect(await read()).toEqual([{ id: 1, a: 'x', b: 'y' }]);
    // Inside a transaction the stale statement's error aborts it; the next one runs unnamed.
    await store.exec(`ALTER TABLE prepared_probe ADD COLUMN c int NOT NULL DEFAULT 3`);
    const inTx = (id: number) => store.transaction((tx) => tx.query('SELECT * FROM prepared_probe WHERE id = $1', [id]));
    for (let i = 0; i < 30; i++) await inTx(1);
    await store.exec(`ALTER TABLE prepared_probe DROP COLUMN c`);
    const outcomes = await Promise.allSettled(Array.from({ length: 3 }, () => inTx(1)));
    expect(outcomes.filter((o) => o.status === 'rejected').length).toBeLessThanOrEqual(1);
    expect(await inTx(1)).toEqual([{ id: 1, a: 'x', b: 'y' }]);
  });
});
