import type { Tool } from '../../catalog/index.ts';
import { matchEntities } from '../understand/index.ts';
import { newGoal } from './goals.ts';
import { idStem, singular } from './id-sources.ts';
import type { Goal } from './memo.ts';
import { withParts, type ScoredCatalog } from './route.ts';

/** 「各两张」「各来一份」, "two each", "2 apiece": the same count for each of the things said. */
const EACH = /各(?=\s*(?:[一二两俩三四五六七八九十\d]|来|要|订|买|拿|约))|\beach\b|\bapiece\b/i;
/** What may stand between two things said in a row (「A和B」, 「A、B」, "A and B"). */
const JOINER = /^\s*(?:和|跟|与|及|以及|还有|、|，|,|&|\band\b|\bplus\b)\s*$/i;

/**
 * Two things of one list said together with one count for each (「A和B明晚各两张」, "two tickets each
 * for A and B"), where the API that makes the order takes one of them at a time (no list of them
 * among its arguments: a film per ticket order, not a product per item of a basket): a goal for each,
 * in the order said, each with the words said of both (when, how many). Undefined otherwise.
 */
export function splitEach(goal: Goal, tool: Tool, catalog: ScoredCatalog): Goal[] | undefined {
  if (!EACH.test(goal.text)) return undefined;
  for (const list of catalog.toolsOf(tool.appId)) {
    const names = (catalog.apiResultNames?.(list.id) ?? []).filter((name) => name.length >= 2);
    const hits = matchEntities(goal.text, names.map((name, key) => ({ id: String(key), names: withParts(name) })))
      .filter((hit) => hit.score >= 0.8)
      .sort((a, b) => a.span[0] - b.span[0]);
    const spans = hits.filter((hit, i) => !hits.slice(0, i).some((h) => h.entity.id === hit.entity.id || h.span[1] > hit.span[0]));
    if (spans.length < 2) continue;
    // (the things said in a row, nothing but a joiner between them)
    if (spans.some((hit, i) => i > 0 && !JOINER.test(goal.text.slice(spans[i - 1]!.span[1], hit.span[0])))) continue;
    if (takesMany(tool, list)) return undefined;
    const [from, to] = [spans[0]!.span[0], spans.at(-1)!.span[1]];
    return spans.map((hit, i) => {
      const text = `${goal.text.slice(0, from)}${goal.text.slice(hit.span[0], hit.span[1])}${goal.text.slice(to)}`;
      return { ...newGoal(text, tool), ...(i > 0 ? { since: -1 } : {}) };
    });
  }
  return undefined;
}

/**
 * Whether the API takes several things of the list at once: an argument that is a list of its IDs
 * (`productIds`), or of objects that carry one (`items[].productId`), by the stem of the list's ID.
 */
function takesMany(maker: Tool, list: Tool): boolean {
  const stems = listStems(list);
  return Object.entries(maker.inputSchema.properties ?? {}).some(([name, schema]) => {
    if (schema.type !== 'array') return false;
    const keys = [name, ...Object.keys(schema.items?.properties ?? {})];
    return keys.some((key) => stems.has(idStem(key)) || [...stems].some((stem) => key.toLowerCase().startsWith(stem)));
  });
}

/** The stems a list's things go by: the key of the list (`films` → film) and the ID keys of its objects. */
function listStems(list: Tool): Set<string> {
  const stems = new Set<string>();
  for (const [key, schema] of Object.entries(list.outputSchema?.properties ?? {})) {
    if (schema.type !== 'array') continue;
    // (a list keyed only `items` goes by the word itself)
    stems.add(singular(key) || key.toLowerCase().replace(/s$/, ''));
    for (const inner of Object.keys(schema.items?.properties ?? {})) if (/(?:Id|_id)$/.test(inner)) stems.add(idStem(inner));
  }
  return stems;
}
