import { loadPackageFromFiles, type MiniProgramPackage } from '../package/index.ts';

/** A package from files in memory, for the analyzer's tests (pages listed in app.json). */
export function packageOf(files: Record<string, string>, name = 'fixture'): MiniProgramPackage {
  const loaded = loadPackageFromFiles(files, name);
  if (!loaded.ok) throw new Error(loaded.error.map((p) => p.message).join('\n'));
  return loaded.value;
}

/** A page's four files (json defaults to a title). */
export function page(path: string, wxml: string, js: string, title = path.split('/').pop() ?? ''): Record<string, string> {
  return { [`${path}.wxml`]: wxml, [`${path}.js`]: js, [`${path}.json`]: JSON.stringify({ navigationBarTitleText: title }) };
}

/**
 * A package model built straight from files, without the loader's checks and compile step: for
 * feeding the analyzer what a loader would refuse (fuzzing, half-read packages).
 */
export function rawPackage(files: Record<string, string>, name = 'raw'): MiniProgramPackage {
  let app: MiniProgramPackage['app'] = { pages: [] };
  try {
    app = JSON.parse(files['app.json'] ?? '{}') as MiniProgramPackage['app'];
  } catch {
    /* a broken app.json reads as no pages */
  }
  const json = (path: string): Record<string, unknown> => {
    try {
      return JSON.parse(files[path] ?? '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  return {
    appId: undefined, sourceName: name, hash: '', files, app, appJs: files['app.js'],
    pages: (Array.isArray(app.pages) ? app.pages : []).filter((p) => files[`${p}.wxml`] !== undefined).map((p) => ({ path: p, wxml: files[`${p}.wxml`] ?? '', js: files[`${p}.js`], json: json(`${p}.json`), wxss: undefined })),
    components: [], skills: [], pageMeta: [], agentsMd: undefined, displayName: name,
  };
}
