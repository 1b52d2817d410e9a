import type { Tool } from '../../catalog/index.ts';
import { mentionsUsual, splitClauses } from '../understand/index.ts';
import { matchEntitiesAnyLanguage } from './choose-entities.ts';
import { idParams } from './id-sources.ts';
import type { ScoredCatalog } from './route.ts';
import { itemArray } from './schema-paths.ts';

/**
 * What a request for the usual orders beside it (「老样子来一杯，再带一杯冰的乌龙」 → 「再带一杯冰的乌龙」,
 * "the usual, plus a hot green tea"): from the first clause not about the usual that names a thing
 * the list of the usual's items lists, every clause not about the usual. Undefined where none names
 * one, or where the catalog knows no such list.
 */
export function besideUsual(text: string, tool: Tool, catalog: ScoredCatalog): string | undefined {
  const source = itemSource(tool, catalog.toolsOf(tool.appId));
  const names = source ? catalog.apiResultNames?.(source.id) ?? [] : [];
  if (!names.length) return undefined;
  const things = names.map((name, i) => ({ id: String(i), names: [name] }));
  const clauses = splitClauses(text).map((c) => c.text);
  const first = clauses.findIndex((clause) => !mentionsUsual(clause) && matchEntitiesAnyLanguage(clause, things).length > 0);
  if (first < 0) return undefined;
  // (what follows the other thing, 「…一杯大份的乌龙，少冰」, is said of it, not of the usual)
  return clauses.slice(first).filter((clause) => !mentionsUsual(clause)).join('，');
}

/** What the request says of the usual itself: its clauses less those of the things beside it. */
export function ofUsual(text: string, beside: string): string {
  return splitClauses(text).map((c) => c.text).filter((clause) => !beside.includes(clause)).join('，');
}

/** The list an order's lines take their things from: the source of the ID of its list of items (`itemArray`). */
function itemSource(tool: Tool, siblings: Tool[]): Tool | undefined {
  const items = itemArray(tool.inputSchema);
  const [id] = items ? idParams({ ...tool, inputSchema: items.schema }, siblings) : [];
  return id?.source ? siblings.find((s) => s.api === id.source) : undefined;
}
