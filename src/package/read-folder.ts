import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Result } from '../core/index.ts';
import { decodeFile } from './decode.ts';
import { isIgnored, readProjectConfig, type IgnoreRule } from './project-config.ts';
import type { PackageLimits } from './limits.ts';
import { bilingual, makeProblem } from './problem.ts';
import type { PackageFiles, Problem } from './types.ts';

/** Folders that are never part of what a mini-program ships. */
const SKIPPED = new Set(['node_modules', '.git', '.svn', '.hg', '.idea', '.vscode', '__MACOSX']);

/** project.config.json at the top of a folder: where the mini-program lives and what upload leaves out. */
async function folderScope(root: string): Promise<{ start: string; ignore: IgnoreRule[]; config: string | undefined }> {
  let config: string | undefined;
  try {
    config = decodeFile('project.config.json', await readFile(join(root, 'project.config.json')));
  } catch {
    return { start: '', ignore: [], config: undefined };
  }
  const project = readProjectConfig({ 'project.config.json': config });
  const inside = project.root ? await stat(join(root, project.root, 'app.json')).then((s) => s.isFile(), () => false) : false;
  return { start: inside ? project.root : '', ignore: project.ignore, config };
}

/**
 * Reads a package folder into PackageFiles. Symbolic links are not followed (a package must
 * not reach outside itself), and the same caps apply as for archives. A project whose
 * project.config.json names a `miniprogramRoot` is read from there (the rest of the project,
 * cloud functions and tooling, is not the mini-program), less what `packOptions.ignore` leaves out.
 */
export async function readFolder(root: string, limits: PackageLimits): Promise<Result<PackageFiles, Problem[]>> {
  const files: PackageFiles = {};
  const scope = await folderScope(root);
  const prefix = scope.start ? `${scope.start}/` : '';
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
      if (isIgnored(path.slice(prefix.length), scope.ignore)) continue;
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
  const failed = await walk(scope.start);
  if (failed) return failed;
  if (scope.start && scope.config !== undefined) files['project.config.json'] = scope.config;
  return { ok: true, value: files };
}
