import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readZip } from './zip.ts';

const CAPS = { maxBytes: 10 * 1024 * 1024, maxEntries: 100 };

/** The byte offset of the first central-directory record (signature PK\1\2). */
function centralAt(zip: Uint8Array): number {
  for (let at = 0; at < zip.length - 4; at++) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 0x01 && zip[at + 3] === 0x02) return at;
  }
  throw new Error('no central directory');
}

function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  new DataView(copy.buffer).setUint32(centralAt(copy) + 24, size, true);
  return copy;
}

describe('readZip', () => {
  it('reads stored and deflated entries as they were written', () => {
    const text = 'Page({ data: { 菜单: [] } })\n'.repeat(50);
    const stored = readZip(zipSync({ 'app.json': strToU8('{"pages":[]}') }, { level: 0 }), CAPS);
    const deflated = readZip(zipSync({ 'pages/index.js': strToU8(text) }, { level: 9 }), CAPS);
    expect(stored).toMatchObject({ ok: true, entries: [{ path: 'app.json' }] });
    expect(stored.ok && new TextDecoder().decode(stored.entries[0]?.data)).toBe('{"pages":[]}');
    expect(deflated.ok && new TextDecoder().decode(deflated.entries[0]?.data)).toBe(text);
  });

  it('stops a bomb whose header claims a small size, without inflating it', () => {
    const bomb = zipSync({ 'big.txt': new Uint8Array(2 * 1024 * 1024) }, { level: 6 });
    const lying = withDeclaredSize(bomb, 10);
    const read = readZip(lying, CAPS);
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(/more than the 10 bytes its header declares/) });
  });

  it('refuses an entry shorter than its header declares, and one whose bytes fail the CRC', () => {
    const zip = zipSync({ 'a.js': strToU8('x'.repeat(100)) }, { level: 0 });
    expect(readZip(withDeclaredSize(zip, 200), CAPS)).toMatchObject({ ok: false });
    const damaged = zip.slice();
    // (the first byte of the stored data, after the 30-byte local header and the name: searching for an 'x'
    // found one in the header's modification time at some minutes of the day, and the test failed by the clock)
    const dataAt = 30 + 'a.js'.length;
    damaged[dataAt] = 0x79;
    expect(readZip(damaged, CAPS)).toMatchObject({ ok: false, message: expect.stringMatching(/CRC-32/) });
  });

  it('counts declared sizes and entries against the caps before inflating anything', () => {
    const zip = zipSync({ 'a.txt': new Uint8Array(2000), 'b.txt': new Uint8Array(2000) });
    expect(readZip(zip, { maxBytes: 3000, maxEntries: 10 })).toMatchObject({ ok: false, tooBig: true, message: expect.stringMatching(/more than 3000 bytes/) });
    expect(readZip(zip, { maxBytes: 1e6, maxEntries: 1 })).toMatchObject({ ok: false, tooBig: true, message: expect.stringMatching(/more than 1 files/) });
  });

  it('names what is wrong with something that is not a zip, or is cut short', () => {
    expect(readZip(strToU8('this is not a zip'), CAPS)).toMatchObject({ ok: false, message: expect.stringMatching(/end-of-central-directory/) });
    const zip = zipSync({ 'a.txt': strToU8('hello') }, { level: 0 });
    const cut = zip.slice(10);
    expect(readZip(cut, CAPS).ok).toBe(false);
  });
});
