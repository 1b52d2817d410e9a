import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../core/index.ts';
import { decodeFile } from './decode.ts';
import type { PackageLimits } from './limits.ts';
import { bilingual, makeProblem } from './problem.ts';
import type { PackageFiles, Problem } from './types.ts';

/** Folders that are never part of what a mini-program ships. */
const SKIPPED = new Set(['node_modules', '.git', '.svn', '.hg', '.idea', '.vscode', '__MACOSX']);

/**
 * Reads a package folder into PackageFiles. Symbolic links are not followed (a package must
 * not reach outside itself), and the same caps apply as for archives.
 */
export async function readFolder(root: string, limits: PackageLimits): Promise<Result<PackageFiles, Problem[]>> {
  const files: PackageFiles = {};
  let count = 0;
  let total = 0;
  const tooBig = (what: string): Result<PackageFiles, Problem[]> => ({
    ok: false,
    error: [
      makeProblem({
        rule: 'package/archive',
        severity: 'error',
        file: root,
        message: bilingual(`The package folder ${what}.`, `小程序目录超出上限（${what}）。`),
        fix: bilingual('keep only the mini-program in the folder (no node_modules, build output or large media).', '目录中只保留小程序本身（不含 node_modules、构建产物或大体积媒体）。'),
      }),
    ],
  });
  const walk = async (relative: string): Promise<Result<PackageFiles, Problem[]> | undefined> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (SKIPPED.has(entry.name)) continue;
        const failed = await walk(path);
        if (failed) return failed;
      } else if (entry.isFile()) {
        if (entry.name === '.DS_Store' || entry.name === 'Thumbs.db') continue;
        const size = (await stat(join(root, path))).size;
        count++;
        total += size;
        if (count > limits.maxFiles) return tooBig(`holds more than ${limits.maxFiles} files`);
        if (total > limits.maxUnpackedBytes) return tooBig(`holds more than ${limits.maxUnpackedBytes} bytes`);
        files[path] = decodeFile(path, await readFile(join(root, path)));
      }
    }
    return undefined;
  };
  const failed = await walk('');
  return failed ?? { ok: true, value: files };
}
