import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Result } from '../core/index.ts';
import { archiveKind, unpackArchive } from './archive.ts';
import { loadPackageFromFiles } from './from-files.ts';
import { PACKAGE_LIMITS, type PackageLimits } from './limits.ts';
import { bilingual, makeProblem } from './problem.ts';
import { readFolder } from './read-folder.ts';
import type { MiniProgramPackage, PackageFiles, Problem } from './types.ts';

function sourceProblem(source: string, message: string): Result<never, Problem[]> {
  return {
    ok: false,
    error: [
      makeProblem({
        rule: 'package/source',
        severity: 'error',
        file: source,
        message,
        fix: bilingual('give a package folder (with app.json) or a .zip, .tgz or .tar archive of one.', '请提供小程序目录（含 app.json），或其 .zip、.tgz、.tar 压缩包。'),
      }),
    ],
  };
}

/** The name a package is known by before it has an appid: the folder or archive name. */
export function sourceNameOf(source: string): string {
  return basename(resolve(source)).replace(/\.(zip|tgz|tar\.gz|tar)$/i, '');
}

/**
 * Loads a mini-program from a folder or an archive (.zip, .tgz/.tar.gz, .tar). Never throws:
 * every way it can fail is a Problem saying what, where and how to fix it.
 */
export async function loadPackage(source: string, limits: PackageLimits = PACKAGE_LIMITS): Promise<Result<MiniProgramPackage, Problem[]>> {
  const files = await readPackageFiles(source, limits);
  return files.ok ? loadPackageFromFiles(files.value, sourceNameOf(source)) : files;
}

/** The files of a package folder or archive, unparsed (safe paths, within the caps). */
export async function readPackageFiles(source: string, limits: PackageLimits = PACKAGE_LIMITS): Promise<Result<PackageFiles, Problem[]>> {
  let info;
  try {
    info = await stat(source);
  } catch {
    return sourceProblem(source, bilingual(`"${source}" does not exist.`, `"${source}" 不存在。`));
  }
  try {
    if (info.isDirectory()) return await readFolder(source, limits);
    if (!info.isFile() || archiveKind(source) === undefined) {
      return sourceProblem(source, bilingual(`"${source}" is neither a folder nor a .zip, .tgz or .tar archive.`, `"${source}" 既不是目录，也不是 .zip、.tgz、.tar 压缩包。`));
    }
    if (info.size > limits.maxArchiveBytes) {
      const message = bilingual(`The archive is ${info.size} bytes, over the ${limits.maxArchiveBytes}-byte limit.`, '压缩包超过大小上限。');
      const fix = bilingual('ship only the mini-program: leave out node_modules, build output and media you do not need.', '只打包小程序本身，去掉 node_modules、构建产物和不需要的媒体文件。');
      return { ok: false, error: [makeProblem({ rule: 'package/archive', severity: 'error', file: source, message, fix })] };
    }
    return unpackArchive(basename(source), new Uint8Array(await readFile(source)), limits);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return sourceProblem(source, bilingual(`"${source}" cannot be read: ${reason}.`, `无法读取 "${source}"：${reason}。`));
  }
}
