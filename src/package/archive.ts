import { gunzipSync } from 'node:zlib';
import type { Result } from '../core/index.ts';
import { decodeFile } from './decode.ts';
import { PACKAGE_LIMITS, type PackageLimits } from './limits.ts';
import { normalizePath, unsafePathReason } from './paths.ts';
import { bilingual, makeProblem } from './problem.ts';
import { readTar } from './tar.ts';
import { readZip } from './zip.ts';
import type { PackageFiles, Problem } from './types.ts';

export type ArchiveKind = 'zip' | 'tgz' | 'tar';

/** Which archive format a file name means, or undefined for anything else. */
export function archiveKind(fileName: string): ArchiveKind | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tgz') || lower.endsWith('.tar.gz')) return 'tgz';
  if (lower.endsWith('.tar')) return 'tar';
  return undefined;
}

/** Entries that archivers add and no package means to ship. */
function isJunk(path: string): boolean {
  return path.startsWith('__MACOSX/') || path.split('/').some((s) => s === '.DS_Store' || s === 'Thumbs.db');
}

function archiveProblem(file: string, message: string, fix: string): Problem {
  return makeProblem({ rule: 'package/archive', severity: 'error', file, message, fix });
}

const TOO_BIG_FIX = bilingual(
  'ship only the mini-program: leave out node_modules, build output and media you do not need.',
  '只打包小程序本身，去掉 node_modules、构建产物和不需要的媒体文件。',
);

/**
 * Turns archive entries into PackageFiles: refuses unsafe paths, drops archiver junk and
 * unwraps a single top-level folder (`my-app/app.json` → `app.json`).
 */
export function collectEntries(
  source: string,
  entries: Iterable<{ path: string; data: Uint8Array }>,
): Result<PackageFiles, Problem[]> {
  const problems: Problem[] = [];
  const raw: [string, Uint8Array][] = [];
  for (const entry of entries) {
    const reason = unsafePathReason(entry.path);
    if (reason) {
      problems.push(
        makeProblem({
          rule: 'package/unsafe-path',
          severity: 'error',
          file: source,
          field: entry.path,
          message: bilingual(`The entry "${entry.path}" ${reason}; the package was refused.`, `压缩包条目 "${entry.path}" 路径不安全（绝对路径或含 ".."），已拒绝整个包。`),
          fix: bilingual('pack the files with paths relative to the package folder.', '请以小程序目录为根、使用相对路径重新打包。'),
        }),
      );
      continue;
    }
    const path = normalizePath(entry.path);
    if (path === '' || isJunk(path)) continue;
    raw.push([path, entry.data]);
  }
  if (problems.length > 0) return { ok: false, error: problems };
  const tops = new Set(raw.map(([path]) => path.split('/')[0]));
  const single = tops.size === 1 && raw.every(([path]) => path.includes('/')) ? `${[...tops][0]}/` : '';
  const files: PackageFiles = {};
  for (const [path, data] of raw) files[single ? path.slice(single.length) : path] = decodeFile(path, data);
  return { ok: true, value: files };
}

function unzip(source: string, bytes: Uint8Array, limits: PackageLimits): Result<{ path: string; data: Uint8Array }[], Problem[]> {
  const read = readZip(bytes, { maxBytes: limits.maxUnpackedBytes, maxEntries: limits.maxFiles });
  if (read.ok) return { ok: true, value: read.entries };
  if (read.tooBig) return { ok: false, error: [archiveProblem(source, bilingual(`The archive ${read.message}.`, `压缩包超出上限（${read.message}）。`), TOO_BIG_FIX)] };
  return {
    ok: false,
    error: [archiveProblem(source, bilingual(`The zip archive cannot be read: ${read.message}.`, `zip 压缩包无法读取：${read.message}。`), bilingual('re-create it with a standard zip tool (deflate or stored entries).', '请用标准 zip 工具重新打包。'))],
  };
}

function untar(source: string, bytes: Uint8Array, gzipped: boolean, limits: PackageLimits): Result<{ path: string; data: Uint8Array }[], Problem[]> {
  let tar = bytes;
  if (gzipped) {
    try {
      // a tar carries one 512-byte header per file on top of the data
      tar = gunzipSync(bytes, { maxOutputLength: limits.maxUnpackedBytes + (limits.maxFiles + 2) * 1024 });
    } catch (error) {
      const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      if (tooBig) return { ok: false, error: [archiveProblem(source, bilingual(`The archive unpacks to more than ${limits.maxUnpackedBytes} bytes.`, '压缩包解压后超过大小上限。'), TOO_BIG_FIX)] };
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: [archiveProblem(source, bilingual(`The .tgz archive is not valid gzip: ${reason}.`, `.tgz 压缩包不是有效的 gzip：${reason}。`), bilingual('create it with `tar -czf` or `npm pack`.', '请用 `tar -czf` 或 `npm pack` 重新打包。'))] };
    }
  }
  const read = readTar(tar, { maxBytes: limits.maxUnpackedBytes, maxEntries: limits.maxFiles });
  if (!read.ok) {
    const tooBig = read.message.startsWith('unpacks') || read.message.startsWith('holds');
    const fix = tooBig ? TOO_BIG_FIX : bilingual('re-create it with `tar -czf` or `npm pack`.', '请用 `tar -czf` 或 `npm pack` 重新打包。');
    return { ok: false, error: [archiveProblem(source, bilingual(`The tar archive ${read.message}.`, `tar 压缩包有问题：${read.message}。`), fix)] };
  }
  const links = read.entries.filter((entry) => entry.kind === 'link' || entry.kind === 'other');
  if (links.length > 0) {
    const names = links.slice(0, 3).map((entry) => entry.path).join(', ');
    return {
      ok: false,
      error: [archiveProblem(source, bilingual(`The archive holds links or special files (${names}); a package holds plain files only.`, `压缩包含有链接或特殊文件（${names}），小程序包只能包含普通文件。`), bilingual('replace links with the files they point to and pack again.', '请用实际文件替换链接后重新打包。'))],
    };
  }
  return { ok: true, value: read.entries.filter((entry) => entry.kind === 'file') };
}

/** Unpacks a `.zip`, `.tgz`/`.tar.gz` or `.tar` package into PackageFiles, within the caps. */
export function unpackArchive(source: string, bytes: Uint8Array, limits: PackageLimits = PACKAGE_LIMITS): Result<PackageFiles, Problem[]> {
  const kind = archiveKind(source);
  if (bytes.length > limits.maxArchiveBytes) {
    return { ok: false, error: [archiveProblem(source, bilingual(`The archive is ${bytes.length} bytes, over the ${limits.maxArchiveBytes}-byte limit.`, '压缩包超过大小上限。'), TOO_BIG_FIX)] };
  }
  const entries = kind === 'zip' ? unzip(source, bytes, limits) : untar(source, bytes, kind === 'tgz', limits);
  if (!entries.ok) return entries;
  return collectEntries(source, entries.value);
}
