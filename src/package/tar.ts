/**
 * A small tar reader (ustar headers in 512-byte blocks, with the GNU long-name and pax `path`
 * extensions that `npm pack` and GNU tar write), so `.tgz` packages need no new dependency.
 * It reads regular files only; links and devices are reported, never followed.
 */

export interface TarEntry {
  path: string;
  kind: 'file' | 'directory' | 'link' | 'other';
  data: Uint8Array;
}

export type TarResult = { ok: true; entries: TarEntry[] } | { ok: false; message: string };

const BLOCK = 512;
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

function field(block: Uint8Array, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length);
  const end = slice.indexOf(0);
  return utf8.decode(end < 0 ? slice : slice.subarray(0, end));
}

function octal(block: Uint8Array, offset: number, length: number): number {
  const slice = block.subarray(offset, offset + length);
  if ((slice[0] ?? 0) & 0x80) {
    // GNU base-256 for large sizes
    let value = 0;
    for (let i = 1; i < slice.length; i++) value = value * 256 + (slice[i] ?? 0);
    return value;
  }
  const text = latin1.decode(slice).replace(/\0.*$/s, '').trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function checksumMatches(block: Uint8Array): boolean {
  const stored = octal(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
  return sum === stored;
}

function paxPath(data: Uint8Array): string | undefined {
  const text = utf8.decode(data);
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match?.[1] !== undefined) return match[1];
  }
  return undefined;
}

function kindOf(type: string): TarEntry['kind'] {
  if (type === '0' || type === '\0' || type === '' || type === '7') return 'file';
  if (type === '5') return 'directory';
  if (type === '1' || type === '2') return 'link';
  return 'other';
}

/**
 * Reads every entry of an uncompressed tar archive. `limits.maxBytes` caps the sum of entry
 * sizes and `limits.maxEntries` their number, checked from the headers before any data is copied.
 */
export function readTar(bytes: Uint8Array, limits: { maxBytes: number; maxEntries: number }): TarResult {
  const entries: TarEntry[] = [];
  let offset = 0;
  let total = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    if (!checksumMatches(header)) return { ok: false, message: `corrupt tar header at byte ${offset} (bad checksum)` };
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const dataStart = offset + BLOCK;
    if (dataStart + size > bytes.length) return { ok: false, message: `truncated tar archive at byte ${offset}` };
    const data = bytes.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') {
      longName = field(data, 0, data.length);
      continue;
    }
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'g') continue;
    const magic = latin1.decode(header.subarray(257, 262));
    const prefix = magic === 'ustar' ? field(header, 345, 155) : '';
    const name = field(header, 0, 100);
    const path = longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = undefined;
    const kind = kindOf(type);
    if (kind === 'file') {
      total += size;
      if (total > limits.maxBytes) return { ok: false, message: `unpacks to more than ${limits.maxBytes} bytes` };
    }
    entries.push({ path, kind, data });
    if (entries.length > limits.maxEntries) return { ok: false, message: `holds more than ${limits.maxEntries} entries` };
  }
  return { ok: true, entries };
}
