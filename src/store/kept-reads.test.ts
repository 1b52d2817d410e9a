import { describe, expect, it } from 'vitest';
import { KeptReads } from './kept-reads.ts';

/** A load that counts its reads and answers the current value of `row`. */
function source(initial: string) {
  const state = { row: initial, reads: 0 };
  return { state, load: () => (state.reads++, Promise.resolve(state.row)) };
}

describe('values kept from a store this process alone writes', () => {
  it('reads once, then answers from memory until a change made through it', async () => {
    const kept = new KeptReads<string>(true, { max: 10 });
    const { state, load } = source('granted');
    expect(await kept.read('amy', load)).toBe('granted');
    expect(await kept.read('amy', load)).toBe('granted');
    expect(state.reads).toBe(1);
    await kept.change(['amy'], () => Promise.resolve((state.row = 'denied')));
    expect(await kept.read('amy', load)).toBe('denied');
  });

  it('does not keep a read that began before a change finished', async () => {
    const kept = new KeptReads<string>(true, { max: 10 });
    const { state, load } = source('live');
    let release = () => {};
    const slow = () => new Promise<string>((resolve) => { const seen = state.row; release = () => resolve(seen); });
    const inFlight = kept.read('key', slow);
    await kept.change(undefined, () => Promise.resolve((state.row = 'revoked')));
    release();
    expect(await inFlight).toBe('live'); // what it saw when asked
    expect(await kept.read('key', load)).toBe('revoked');
  });

  it('keeps nothing on a store other processes write, nor what `keep` refuses, nor past its time', async () => {
    const { state, load } = source('x');
    const shared = new KeptReads<string>(false, { max: 10 });
    await shared.read('k', load);
    await shared.read('k', load);
    expect(state.reads).toBe(2);
    const choosy = new KeptReads<string>(true, { max: 10 });
    await choosy.read('k', load, () => false);
    await choosy.read('k', load);
    expect(state.reads).toBe(4);
    const brief = new KeptReads<string>(true, { max: 10, ttlMs: 20 });
    await brief.read('k', load);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await brief.read('k', load);
    expect(state.reads).toBe(6);
  });
});
