import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackage, loadPackageFromFiles, readPackageFiles, type PackageFiles, type Problem } from './index.ts';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/packages/tiny-cafe');

/** A ustar header block plus the data padded to 512 bytes. */
function tarEntry(name: string, data: Uint8Array, type = '0', linkName = ''): Uint8Array {
  const header = new Uint8Array(512);
  const put = (text: string, offset: number, length: number): void => header.set(strToU8(text).subarray(0, length), offset);
  const octal = (value: number, length: number): string => value.toString(8).padStart(length - 1, '0') + '\0';
  const slash = name.length > 100 ? name.lastIndexOf('/', name.length - 1) : -1;
  put(slash > 0 ? name.slice(slash + 1) : name, 0, 100);
  put(octal(0o644, 8), 100, 8);
  put(octal(0, 8), 108, 8);
  put(octal(0, 8), 116, 8);
  put(octal(data.length, 12), 124, 12);
  put(octal(0, 12), 136, 12);
  put('        ', 148, 8);
  put(type, 156, 1);
  put(linkName, 157, 100);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  if (slash > 0) put(name.slice(0, slash), 345, 155);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8);
  const padded = new Uint8Array(Math.ceil(data.length / 512) * 512);
  padded.set(data);
  const entry = new Uint8Array(512 + padded.length);
  entry.set(header);
  entry.set(padded, 512);
  return entry;
}

function tar(entries: Uint8Array[]): Uint8Array {
  const total = entries.reduce((sum, entry) => sum + entry.length, 0) + 1024;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const entry of entries) {
    out.set(entry, offset);
    offset += entry.length;
  }
  return out;
}

function tarOf(files: PackageFiles, prefix = ''): Uint8Array {
  return tar(Object.entries(files).map(([path, text]) => tarEntry(prefix + path, strToU8(text))));
}

function rules(problems: Problem[]): string[] {
  return problems.map((problem) => problem.rule);
}

let dir: string;
let fixtureFiles: PackageFiles;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agentos-package-'));
  const read = await readPackageFiles(FIXTURE);
  if (!read.ok) throw new Error('fixture does not read');
  fixtureFiles = read.value;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadPackage', () => {
  it('loads a folder into the typed model', async () => {
    const loaded = await loadPackage(FIXTURE);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const pkg = loaded.value;
    expect(pkg.appId).toBe('tiny-cafe');
    expect(pkg.sourceName).toBe('tiny-cafe');
    expect(pkg.displayName).toBe('Tiny Cafe');
    expect(pkg.pages.map((page) => page.path)).toEqual(['pages/index/index']);
    expect(pkg.components.map((component) => component.path).sort()).toEqual(['components/drink-item/drink-item', 'skills/drink/components/order-card/index']);
    expect(pkg.agentsMd).toContain('小咖啡');
    expect(pkg.pageMeta).toEqual([{ path: 'pages/index/index', name: '菜单', description: '全部饮品的菜单页' }]);
    const [skill] = pkg.skills;
    expect(skill?.frontMatter).toEqual({ name: 'drink', description: '小咖啡点单' });
    expect(skill?.skillMd.startsWith('# 小咖啡点单')).toBe(true);
    expect(skill?.entry).toBe('skills/drink/index.js');
    expect(skill?.components).toEqual([{ path: 'skills/drink/components/order-card/index', relatedPage: 'pages/index/index', dynamic: false }]);
    const order = skill?.apis.find((api) => api.name === 'orderDrink');
    expect(order?.componentPath).toBe('skills/drink/components/order-card/index');
    expect(order?.examples.map((example) => example.name)).toEqual(['a large latte', 'orderDrink']);
    expect(order?.examples[1]).toMatchObject({ arguments: { drinkId: 'd_unknown' }, expect: { isError: true } });
    const mcp = JSON.parse(pkg.files['skills/drink/mcp.json'] ?? '{}');
    for (const api of mcp.apis) delete api.outputSchema;
    expect(skill?.mcpJsonCompactBytes).toBe(JSON.stringify(mcp).length); // as WeChat's V013 counts it
  });

  it('reports malformed JSON in a folder with file, line and column', async () => {
    const loaded = await loadPackage(join(FIXTURE, '../broken-json'));
    expect(!loaded.ok && loaded.error.map((p) => [p.rule, p.file, p.line, p.column])).toEqual([['package/json-syntax', 'app.json', 4, 3]]);
    const fixed = await readPackageFiles(join(FIXTURE, '../broken-json'));
    if (!fixed.ok) return;
    const files = { ...fixed.value, 'app.json': (fixed.value['app.json'] ?? '').replace('}\n  "agent"', '},\n  "agent"') };
    const second = loadPackageFromFiles(files, 'broken-json');
    expect(!second.ok && second.error.map((p) => [p.rule, p.file, p.line, p.column])).toEqual([['package/json-syntax', 'skills/hello/mcp.json', 3, 90]]);
  });

  it('gives the same hash for the same files from a folder, a .zip and a .tgz', async () => {
    const zipPath = join(dir, 'tiny-cafe.zip');
    const zipped = zipSync(Object.fromEntries(Object.entries(fixtureFiles).map(([path, text]) => [`tiny-cafe/${path}`, strToU8(text)])));
    await writeFile(zipPath, zipped);
    const tgzPath = join(dir, 'tiny-cafe.tgz');
    await writeFile(tgzPath, gzipSync(tarOf(fixtureFiles, 'package/')));
    const [fromFolder, fromZip, fromTgz] = await Promise.all([loadPackage(FIXTURE), loadPackage(zipPath), loadPackage(tgzPath)]);
    expect(fromZip.ok && fromTgz.ok && fromFolder.ok).toBe(true);
    if (!fromZip.ok || !fromTgz.ok || !fromFolder.ok) return;
    expect(fromZip.value.sourceName).toBe('tiny-cafe');
    expect(fromZip.value.hash).toBe(fromFolder.value.hash);
    expect(fromTgz.value.hash).toBe(fromFolder.value.hash);
    expect(fromTgz.value.skills[0]?.apis.map((api) => api.name)).toEqual(['listDrinks', 'orderDrink']);
  });

  it('reads long tar names (ustar prefix) and keeps binary files as base64', async () => {
    const deep = `${'assets/'.repeat(15)}logo.png`;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]);
    const path = join(dir, 'deep.tar');
    await writeFile(path, tar([...Object.entries(fixtureFiles).map(([p, text]) => tarEntry(p, strToU8(text))), tarEntry(deep, png)]));
    const loaded = await loadPackage(path);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.value.files[deep]).toBe(`base64:${Buffer.from(png).toString('base64')}`);
  });

  it('refuses archives whose paths climb out of the package or are absolute', async () => {
    const zipPath = join(dir, 'evil.zip');
    await writeFile(zipPath, zipSync({ 'app.json': strToU8('{"pages":[]}'), '../../etc/evil.js': strToU8('x') }));
    const fromZip = await loadPackage(zipPath);
    expect(fromZip.ok).toBe(false);
    if (!fromZip.ok) {
      expect(rules(fromZip.error)).toEqual(['package/unsafe-path']);
      expect(fromZip.error[0]?.field).toBe('../../etc/evil.js');
    }
    const tgzPath = join(dir, 'evil.tgz');
    await writeFile(tgzPath, gzipSync(tar([tarEntry('app.json', strToU8('{"pages":[]}')), tarEntry('/etc/passwd', strToU8('x'))])));
    const fromTgz = await loadPackage(tgzPath);
    expect(!fromTgz.ok && rules(fromTgz.error)).toEqual(['package/unsafe-path']);
  });

  it('refuses links inside a tar archive', async () => {
    const path = join(dir, 'link.tgz');
    await writeFile(path, gzipSync(tar([tarEntry('app.json', strToU8('{"pages":[]}')), tarEntry('secret', new Uint8Array(), '2', '/etc/passwd')])));
    const loaded = await loadPackage(path);
    expect(!loaded.ok && loaded.error[0]?.message).toMatch(/links or special files \(secret\)/);
  });

  it('caps the unpacked size and the file count', async () => {
    const path = join(dir, 'big.zip');
    await writeFile(path, zipSync({ 'app.json': strToU8('{"pages":[]}'), 'big.txt': new Uint8Array(200_000) }));
    const limits = { maxUnpackedBytes: 100_000, maxArchiveBytes: 1_000_000, maxFiles: 100 };
    const tooBig = await loadPackage(path, limits);
    expect(!tooBig.ok && tooBig.error[0]).toMatchObject({ rule: 'package/archive', message: expect.stringMatching(/more than 100000 bytes/) });
    const tgz = join(dir, 'big.tgz');
    await writeFile(tgz, gzipSync(tar([tarEntry('app.json', strToU8('{}')), tarEntry('big.txt', new Uint8Array(200_000))])));
    const tgzTooBig = await loadPackage(tgz, limits);
    expect(!tgzTooBig.ok && tgzTooBig.error[0]?.rule).toBe('package/archive');
    const hugeArchive = await loadPackage(path, { ...limits, maxArchiveBytes: 10 });
    expect(!hugeArchive.ok && hugeArchive.error[0]).toMatchObject({ rule: 'package/archive', message: expect.stringMatching(/over the 10-byte limit/) });
    const many = await loadPackage(FIXTURE, { ...limits, maxFiles: 5 });
    expect(!many.ok && many.error[0]?.message).toMatch(/more than 5 files/);
  });

  it('reports an unreadable archive and a missing or unsupported source', async () => {
    const corrupt = join(dir, 'corrupt.zip');
    await writeFile(corrupt, 'this is not a zip');
    const fromCorrupt = await loadPackage(corrupt);
    expect(!fromCorrupt.ok && fromCorrupt.error[0]?.rule).toBe('package/archive');
    const badGzip = join(dir, 'bad.tgz');
    await writeFile(badGzip, 'not gzip');
    const fromBadGzip = await loadPackage(badGzip);
    expect(!fromBadGzip.ok && fromBadGzip.error[0]?.message).toMatch(/not valid gzip/);
    const missing = await loadPackage(join(dir, 'nothing-here'));
    expect(!missing.ok && missing.error[0]).toMatchObject({ rule: 'package/source', message: expect.stringMatching(/does not exist/) });
    const text = join(dir, 'notes.txt');
    await writeFile(text, 'hello');
    const unsupported = await loadPackage(text);
    expect(!unsupported.ok && unsupported.error[0]?.message).toMatch(/neither a folder nor/);
  });

  it('does not follow symbolic links out of a package folder', async () => {
    const folder = join(dir, 'linked');
    await mkdir(join(folder, 'pages/index'), { recursive: true });
    await writeFile(join(folder, 'app.json'), '{"pages":["pages/index/index"]}');
    await writeFile(join(folder, 'pages/index/index.wxml'), '<view/>');
    await symlink('/etc/hostname', join(folder, 'stolen.txt'));
    const loaded = await loadPackage(folder);
    expect(loaded.ok && Object.keys(loaded.value.files).sort()).toEqual(['app.json', 'pages/index/index.wxml']);
  });

  it('honours miniprogramRoot from project.config.json', async () => {
    const folder = join(dir, 'rooted');
    await mkdir(join(folder, 'miniprogram/pages/index'), { recursive: true });
    await writeFile(join(folder, 'project.config.json'), '{"appid":"rooted-app","miniprogramRoot":"miniprogram/"}');
    await writeFile(join(folder, 'miniprogram/app.json'), '{"pages":["pages/index/index"]}');
    await writeFile(join(folder, 'miniprogram/pages/index/index.wxml'), '<view/>');
    const loaded = await loadPackage(folder);
    expect(loaded.ok && loaded.value.appId).toBe('rooted-app');
    expect(loaded.ok && loaded.value.pages.map((page) => page.path)).toEqual(['pages/index/index']);
  });
});
