import type { Hub } from '../hub/index.ts';

/**
 * The names a pages-only mini-program knows (its title and the `name`/`nameEn` of what its
 * data lists): a failed request that says one of them is waiting for automatic mode, which
 * would make that mini-program callable. Used only to label a report, never to route.
 */
export async function pagesOnlyNames(hub: Pick<Hub, 'catalog' | 'tools'>, callable: Set<string>): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const { appId, version } of await hub.catalog.live()) {
    if (callable.has(appId)) continue;
    const { pkg } = await hub.catalog.package(appId, version);
    const found = new Set<string>(pkg.displayName.split(/\s+/).filter((w) => w.length >= 2));
    for (const [path, text] of Object.entries(pkg.files)) {
      if (!/^data\/.*\.json$/.test(path)) continue;
      try {
        collect(JSON.parse(text), found);
      } catch {
        /* not JSON: nothing to learn */
      }
    }
    names.set(appId, [...found]);
  }
  return names;
}

function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, into));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'name' || k === 'nameEn') && typeof v === 'string' && v.length >= 2) into.add(v);
      else collect(v, into);
    }
  }
}

/** The pages-only mini-programs a request names. */
export function namedPagesOnly(text: string, names: Map<string, string[]>): string[] {
  const lower = text.toLowerCase();
  return [...names].filter(([, list]) => list.some((n) => lower.includes(n.toLowerCase()))).map(([appId]) => appId);
}
