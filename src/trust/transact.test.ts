import { describe, expect, it } from 'vitest';
import type { Sql, Store } from '../store/index.ts';
import { isRetryableError, retrying, transact } from './transact.ts';

const serializationFailure = () => Object.assign(new Error('could not serialize access'), { code: '40001' });
const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });
const uniqueViolation = () => Object.assign(new Error('duplicate key'), { code: '23505' });

/** A unit of work that fails with `errors` in turn, then returns how many times it ran. */
function flaky(errors: Array<() => Error>) {
  let runs = 0;
  const work = async () => {
    runs++;
    const next = errors[runs - 1];
    if (next) throw next();
    return runs;
  };
  return { work, runs: () => runs };
}

describe('retrying a transaction PostgreSQL aborted', () => {
  it('knows a serialization failure and a deadlock from every other failure', () => {
    expect(isRetryableError(serializationFailure())).toBe(true);
    expect(isRetryableError(deadlock())).toBe(true);
    expect(isRetryableError(uniqueViolation())).toBe(false);
    expect(isRetryableError({ code: 40001 })).toBe(false); // a number is not SQLSTATE
    expect(isRetryableError(new Error('40001'))).toBe(false);
    expect(isRetryableError('40001')).toBe(false);
    expect(isRetryableError(null)).toBe(false);
    expect(isRetryableError(undefined)).toBe(false);
  });

  it('runs a payment again after a serialization failure or a deadlock, so the user is not refused for a race', async () => {
    const { work, runs } = flaky([serializationFailure, deadlock]);
    expect(await retrying(work)).toBe(3);
    expect(runs()).toBe(3);
  });

  it('never runs again work that failed for another reason (a refused payment stays refused, once)', async () => {
    const { work, runs } = flaky([uniqueViolation]);
    await expect(retrying(work)).rejects.toMatchObject({ code: '23505' });
    expect(runs()).toBe(1);
  });

  it('gives up after six runs by default, and after the attempts asked for, with the last failure', async () => {
    const always = Array.from({ length: 10 }, () => serializationFailure);
    const byDefault = flaky(always);
    await expect(retrying(byDefault.work)).rejects.toMatchObject({ code: '40001' });
    expect(byDefault.runs()).toBe(6);
    const twice = flaky(always);
    await expect(retrying(twice.work, 2)).rejects.toMatchObject({ code: '40001' });
    expect(twice.runs()).toBe(2);
  });

  it('transact runs the whole transaction again, on the store it was given, within its attempts', async () => {
    const tx = {} as Sql;
    const seen: Sql[] = [];
    let opened = 0;
    const store = {
      transaction: async <T>(fn: (sql: Sql) => Promise<T>): Promise<T> => {
        opened++;
        return fn(tx);
      },
    } as unknown as Store;
    const result = await transact(store, async (sql) => {
      seen.push(sql);
      if (seen.length < 3) throw deadlock();
      return 'paid';
    });
    expect(result).toBe('paid');
    expect(opened).toBe(3);
    expect(seen.every((sql) => sql === tx)).toBe(true);

    opened = 0;
    await expect(transact(store, async () => { throw deadlock(); }, 2)).rejects.toMatchObject({ code: '40P01' });
    expect(opened).toBe(2);
    opened = 0;
    await expect(transact(store, async () => { throw deadlock(); })).rejects.toMatchObject({ code: '40P01' });
    expect(opened).toBe(6);
  });
});
