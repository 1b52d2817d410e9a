/**
 * A small zip reader that trusts nothing an archive says about itself: every entry is inflated
 * with a ceiling of its declared size, and its real size and CRC-32 must match the central
 * directory's, so a zip whose headers lie fails at once instead of inflating a bomb.
 * Stored and deflated entries only (what WeChat's tools and every common zipper write).
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

export interface ZipCaps {
  maxBytes: number;
  maxEntries: number;
}

export type ZipResult = { ok: true; entries: ZipEntry[] } | { ok: false; message: string; tooBig?: boolean };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

interface CentralRecord {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

function findEndRecord(view: DataView): number {
  // the end record is 22 bytes plus a comment of at most 65,535
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function readCentral(bytes: Uint8Array, view: DataView, caps: ZipCaps): CentralRecord[] | string {
  const end = findEndRecord(view);
  if (end < 0) return 'has no end-of-central-directory record (not a zip, or cut short)';
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return 'is a ZIP64 archive, which a mini-program package never needs';
  if (count > caps.maxEntries) return `holds more than ${caps.maxEntries} files`;
  const records: CentralRecord[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return 'has a damaged central directory';
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return 'has a damaged central directory';
    records.push({
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return records;
}

function entryData(bytes: Uint8Array, view: DataView, record: CentralRecord): Uint8Array | string {
  const at = record.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return `"${record.name}" has a damaged local header`;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + record.compressedSize;
  if (stop > bytes.length) return `"${record.name}" claims more data than the archive holds`;
  const packed = bytes.subarray(start, stop);
  if (record.encrypted) return `"${record.name}" is encrypted`;
  if (record.method === 0) return packed;
  if (record.method !== 8) return `"${record.name}" uses compression method ${record.method} (only stored and deflate are read)`;
  try {
    // one byte over the declared size is enough to know the header lied
    return inflateRawSync(packed, { maxOutputLength: record.size + 1 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE') return `"${record.name}" unpacks to more than the ${record.size} bytes its header declares`;
    return `"${record.name}" is not valid deflate data`;
  }
}

/** Reads every file of a zip within the caps, checking each against its declared size and CRC. */
export function readZip(bytes: Uint8Array, caps: ZipCaps): ZipResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records = readCentral(bytes, view, caps);
  if (typeof records === 'string') return { ok: false, message: records, tooBig: records.startsWith('holds') };
  const declared = records.reduce((sum, record) => sum + (record.name.endsWith('/') ? 0 : record.size), 0);
  if (declared > caps.maxBytes) return { ok: false, message: `unpacks to more than ${caps.maxBytes} bytes`, tooBig: true };
  const entries: ZipEntry[] = [];
  for (const record of records) {
    if (record.name.endsWith('/')) continue;
    const data = entryData(bytes, view, record);
    if (typeof data === 'string') return { ok: false, message: data };
    if (data.length !== record.size) return { ok: false, message: `"${record.name}" holds ${data.length} bytes, not the ${record.size} its header declares` };
    if (crc32(data) !== record.crc) return { ok: false, message: `"${record.name}" fails its CRC-32 check (the archive is damaged)` };
    entries.push({ path: record.name, data });
  }
  return { ok: true, entries };
}
