/**
 * Package-relative paths: forward slashes, no leading `./` or `/`, never leaving the package.
 * Every path from a manifest or an archive goes through here before it touches the files map.
 */

/** Why a path from an archive or a files map is refused, or undefined when it is safe. */
export function unsafePathReason(path: string): string | undefined {
  if (path.includes('\0')) return 'contains a NUL character';
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return 'is absolute';
  if (slashed.split('/').some((segment) => segment === '..')) return 'climbs out of the package with ".."';
  return undefined;
}

/** `./a//b/` → `a/b`; backslashes become slashes. Does not resolve `..` (see resolvePath). */
export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/** The folder of a package-relative file path (`pages/a/a` → `pages/a`; top level → ''). */
export function dirname(path: string): string {
  const index = path.lastIndexOf('/');
  return index < 0 ? '' : path.slice(0, index);
}

/**
 * Resolves `reference` against the package folder `base` (`/x` is from the package root).
 * Returns undefined when the result would leave the package.
 */
export function resolvePath(base: string, reference: string): string | undefined {
  const slashed = reference.replace(/\\/g, '/');
  const start = slashed.startsWith('/') ? [] : normalizePath(base).split('/').filter(Boolean);
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (start.length === 0) return undefined;
      start.pop();
    } else start.push(segment);
  }
  return start.join('/');
}

/** Drops a known extension: `pages/a/a.wxml` → `pages/a/a`. */
export function withoutExtension(path: string, extensions: readonly string[]): string {
  for (const extension of extensions) if (path.endsWith(extension)) return path.slice(0, -extension.length);
  return path;
}

/**
 * Resolves `reference` as WeChat resolves a `require` or a `usingComponents` path: like
 * resolvePath, but a `..` at the package root stays at the root (WeChat clamps it), so the
 * result is always inside the package.
 */
export function clampPath(base: string, reference: string): string {
  const slashed = reference.replace(/\\/g, '/');
  const parts = slashed.startsWith('/') ? [] : normalizePath(base).split('/').filter(Boolean);
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}
