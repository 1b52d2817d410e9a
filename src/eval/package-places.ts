import type { MiniProgramPackage } from '../package/index.ts';
import { containsText } from './text-match.ts';

/**
 * Where a text stands in the packages of some mini-programs (of all, for none named), by structure only: the file, and in
 * a JSON file the key path to it (`films[].name`) — never the value. Undefined when it stands
 * nowhere in them (a fact the hub had to work out, or one no package holds).
 */
export type PlaceOf = (appIds: string[], text: string, options?: { exact?: boolean }) => string | undefined;

/** What a skill tells the planner comes first (SKILL.md, mcp.json), then data files, then code. */
const rank = (path: string) => (/(^|\/)(SKILL\.md|mcp\.json)$/.test(path) ? 0 : path.endsWith('.json') ? 1 : 2);

export function placesIn(packages: Map<string, MiniProgramPackage>): PlaceOf {
  return (appIds, text, { exact = false } = {}) => {
    for (const appId of appIds.length ? appIds : [...packages.keys()]) {
      const files = Object.entries(packages.get(appId)?.files ?? {}).filter(([path]) => /\.(md|json|js|ts)$/.test(path));
      for (const [path, content] of files.sort(([a], [b]) => rank(a) - rank(b))) {
        if (!containsText(content, text)) continue;
        const key = path.endsWith('.json') && !path.endsWith('mcp.json') ? keyPath(parse(content), text, exact) : undefined;
        if (exact && key === undefined && !quoted(content, text)) continue;
        return `${path}${key ? ` at ${key}` : ''}`;
      }
    }
    return undefined;
  };
}

/** `text` as a string literal of code (`'t3'`, `"t3"`). */
const quoted = (content: string, text: string) => [`'${text}'`, `"${text}"`].some((literal) => content.includes(literal));

function parse(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}

/** The first key path to a scalar holding `text` (being it, `exact`): object keys by name, array items as `[]`. */
function keyPath(value: unknown, text: string, exact: boolean, path = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = keyPath(item, text, exact, `${path}[]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = keyPath(item, text, exact, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return (exact ? String(value) === text : containsText(String(value), text)) ? path || '(the whole file)' : undefined;
}
