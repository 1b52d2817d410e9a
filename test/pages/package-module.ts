import { resolvePath, type MiniProgramPackage } from '../../src/package/index.ts';

/**
 * Runs a CommonJS module of the package in this realm, for its pure rules (pages run in the
 * sandbox): how the pages-only packages' pricing and booking rules are tested directly.
 */
export function requireFromPackage<T>(pkg: MiniProgramPackage, entry: string): T {
  const cache = new Map<string, { exports: unknown }>();
  const load = (path: string): unknown => {
    const cached = cache.get(path);
    if (cached) return cached.exports;
    const source = pkg.files[path];
    if (source === undefined) throw new Error(`no ${path} in the package`);
    const module = { exports: path.endsWith('.json') ? JSON.parse(source) : {} };
    cache.set(path, module);
    if (path.endsWith('.js')) {
      const folder = path.split('/').slice(0, -1).join('/');
      const require = (request: string) => load(resolvePath(folder, request) ?? request);
      new Function('module', 'exports', 'require', source)(module, module.exports, require);
    }
    return module.exports;
  };
  return load(entry) as T;
}
