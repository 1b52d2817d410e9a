import type { MiniProgramPackage } from '../package/index.ts';
import { containsText } from './text-match.ts';

/**
 * Where things stand in the packages of some mini-programs (of all, for none named), by
 * structure only — what a held-out failure's kind may say without quoting a sentence or a value.
 */
export interface PackagePlaces {
  /**
   * The file holding `text`: in JSON the key path to it (`films[].name`), in Markdown the heading
   * it stands under (the package's own words); undefined when it stands nowhere in them (a fact
   * the hub had to work out). `exact`: an ID, a value of its own or a quoted literal.
   */
  placeOf(appIds: string[], text: string, options?: { exact?: boolean }): string | undefined;
  /** The JSON record (an object in a data file) that holds `id` as one of its own values. */
  recordOf(appIds: string[], id: string): Record<string, unknown> | undefined;
}

/** What a skill tells the planner comes first (SKILL.md, mcp.json), then data files, then code. */
const rank = (path: string) => (/(^|\/)(SKILL\.md|mcp\.json)$/.test(path) ? 0 : path.endsWith('.json') ? 1 : 2);

export function placesIn(packages: Map<string, MiniProgramPackage>): PackagePlaces {
  const filesOf = (appIds: string[]) => (appIds.length ? appIds : [...packages.keys()])
    .flatMap((appId) => Object.entries(packages.get(appId)?.files ?? {}).filter(([path]) => /\.(md|json|js|ts)$/.test(path)).sort(([a], [b]) => rank(a) - rank(b)));
  const isData = (path: string) => path.endsWith('.json') && !path.endsWith('mcp.json');
  return {
    placeOf(appIds, text, { exact = false } = {}) {
      for (const [path, content] of filesOf(appIds)) {
        if (!containsText(content, text)) continue;
        const key = isData(path) ? keyPath(parse(content), text, exact) : undefined;
        if (exact && key === undefined && !quoted(content, text)) continue;
        const heading = path.endsWith('.md') ? headingOver(content, text) : undefined;
        return `${path}${key ? ` at ${key}` : ''}${heading ? ` under 「${heading}」` : ''}`;
      }
      return undefined;
    },
    recordOf(appIds, id) {
      for (const [path, content] of filesOf(appIds)) {
        const record = isData(path) && content.includes(id) ? recordHolding(parse(content), id) : undefined;
        if (record) return record;
      }
      return undefined;
    },
  };
}

/** `text` as a string literal of code (`'t3'`, `"t3"`). */
const quoted = (content: string, text: string) => [`'${text}'`, `"${text}"`].some((literal) => content.includes(literal));

/** The last heading above the first line holding `text`. */
function headingOver(content: string, text: string): string | undefined {
  const lines = content.split('\n');
  const at = lines.findIndex((line) => containsText(line, text));
  return lines.slice(0, Math.max(at, 0)).findLast((line) => /^#{1,6}\s/.test(line))?.trim();
}

function parse(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}

/** The first key path to a scalar holding `text` (being it, `exact`): object keys by name, array items as `[]`. */
function keyPath(value: unknown, text: string, exact: boolean, path = ''): string | undefined {
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = keyPath(item, text, exact, Array.isArray(value) ? `${path}[]` : path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return (exact ? String(value) === text : containsText(String(value), text)) ? path || '(the whole file)' : undefined;
}

/** The first object with `id` as one of its own scalar values. */
function recordHolding(value: unknown, id: string): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && Object.values(value).some((v) => (typeof v === 'string' || typeof v === 'number') && String(v) === id)) return value as Record<string, unknown>;
  for (const item of Object.values(value)) {
    const found = recordHolding(item, id);
    if (found) return found;
  }
  return undefined;
}
