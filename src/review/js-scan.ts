import { clampPath } from '../package/index.ts';

/**
 * Light static reading of mini-program JS: blank out comments and string contents (keeping
 * offsets and line breaks, so findings keep their line numbers) and follow `require` calls.
 * Not a parser: regex literals are treated as code, which is good enough for review warnings.
 */
export function blankCommentsAndStrings(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') j++;
        else if (source[j] === '\n' && c !== '`') break;
        j++;
      }
      blank(i + 1, j);
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

const REQUIRE = /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/** Where a `require` may point, as the sandbox resolves it: relative, from the root, or a bare name in miniprogram_npm up the folders. */
function requireBases(folder: string, request: string): string[] {
  if (request.startsWith('/') || request.startsWith('.')) return [clampPath(folder, request)];
  const parts = folder.split('/').filter(Boolean);
  const bases: string[] = [];
  for (let i = parts.length; i >= 0; i--) bases.push(clampPath([...parts.slice(0, i), 'miniprogram_npm'].join('/'), request));
  bases.push(clampPath(folder, request));
  return bases;
}

/** The package files a JS file requires, resolved like the sandbox does (`x`, `x.js`, `x/index.js`, `x.json`). */
export function requiredFiles(files: Record<string, string>, file: string, source: string): string[] {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const found: string[] = [];
  for (const match of source.matchAll(REQUIRE)) {
    for (const base of requireBases(folder, match[2] ?? '')) {
      const hit = [base, `${base}.js`, `${base}/index.js`, `${base}.json`].find((candidate) => Object.hasOwn(files, candidate));
      if (hit) {
        found.push(hit);
        break;
      }
    }
  }
  return found;
}

/** A JS entry and every JS file it reaches through static `require` calls. */
export function requireClosure(files: Record<string, string>, entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !file.endsWith('.js') || !Object.hasOwn(files, file)) continue;
    seen.add(file);
    queue.push(...requiredFiles(files, file, files[file] ?? ''));
  }
  return [...seen];
}
