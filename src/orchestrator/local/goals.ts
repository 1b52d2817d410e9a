import type { Tool } from '../../catalog/index.ts';
import type { PlannerCatalog } from '../planner.ts';
import { idParameters } from '../guard.ts';
import { mentionsUsual } from '../understand/index.ts';
import type { Goal } from './memo.ts';

/** A catalog that can score search hits (the hub's LiveTools). */
export type ScoredCatalog = PlannerCatalog & { searchScored(query: string, limit?: number): { tool: Tool; score: number }[]; readonly size: number };

/**
 * Below this BM25 score a hit is noise, not a service that can do the request. Calibrated on
 * the scenario files over the 33 tools of the sample ecosystem (requests nothing serves score
 * under 6, served ones over 7), and scaled with the catalog, since IDF grows with its size.
 */
export function minScore(catalogSize: number, base = 6): number {
  const idf = (n: number) => Math.log(1 + (Math.max(n, 1) - 0.5) / 1.5);
  return (base * idf(catalogSize)) / idf(CALIBRATED_ON);
}
const CALIBRATED_ON = 33;
/** A further clause of a request that already found its service needs less to name another. */
const CLAUSE_BASE = 2.5;

const CONNECTOR = /[，,；;]\s*再(?!来|加)|(?:[，,；;。]\s*)?(?:然后再|然后|再帮我|再帮|顺便|另外|并且|同时|以及|还要|, and then |, then | and then | then also | and also |, and (?=[a-z]))/i;

/**
 * Splits a request into goals, one per service it needs: each clause is searched on its
 * own, and consecutive clauses served by the same mini-program stay together.
 */
export function planGoals(text: string, catalog: ScoredCatalog, preferences: Record<string, Record<string, unknown>>): Goal[] {
  if (mentionsUsual(text)) {
    const usual = usualGoal(text, catalog, preferences);
    if (usual) return [usual];
  }
  const clauses = text.split(CONNECTOR).map((c) => c.trim()).filter(Boolean);
  const groups: { text: string; appId: string; toolId: string }[] = [];
  for (const clause of clauses) {
    const best = catalog.searchScored(clause, 5)[0];
    const last = groups[groups.length - 1];
    if (!best || best.score < minScore(catalog.size, last ? CLAUSE_BASE : undefined)) {
      if (last) last.text += `，${clause}`;
      continue;
    }
    // A clause for the same mini-program joins the last goal, unless it asks for another action of it.
    const toolId = chooseGoalTool(clause, best.tool.appId, catalog).id;
    if (last && last.appId === best.tool.appId && (last.toolId === toolId || !ACTION_WORDS.test(clause))) {
      last.text += `，${clause}`;
      continue;
    }
    groups.push({ text: clause, appId: best.tool.appId, toolId });
  }
  if (!groups.length) {
    const best = catalog.searchScored(text, 5)[0];
    if (!best || best.score < minScore(catalog.size)) return [];
    groups.push({ text, appId: best.tool.appId, toolId: '' });
  }
  return groups.map((g) => newGoal(g.text, chooseGoalTool(g.text, g.appId, catalog)));
}

export function newGoal(text: string, tool: Tool, usual?: Record<string, unknown>): Goal {
  return { text, toolId: tool.id, args: {}, decided: [], answers: [], status: 'open', attempts: 0, wanted: [], ...(usual ? { usual } : {}) };
}

/**
 * The goal API of a mini-program for a request: the best search hit among its tools. For a
 * request that acts, a read-only API that only supplies IDs counts for less, and an action
 * that takes IDs (but undoes nothing) for more.
 */
export function chooseGoalTool(text: string, appId: string, catalog: ScoredCatalog): Tool {
  const tools = catalog.toolsOf(appId);
  const consumers = tools.filter((t) => !isNotifyLike(t));
  const sources = new Set(consumers.flatMap((t) => idParameters(t).map((p) => p.source)).filter(Boolean));
  const acting = ACTION_WORDS.test(text) && !QUERY_WORDS.test(text);
  const hits = catalog.searchScored(text, 50).filter((h) => h.tool.appId === appId);
  const weight = (tool: Tool) =>
    (sources.has(tool.api) && acting && readsOnly(tool) ? 0.5 : 1) *
    (isNotifyLike(tool) ? 0.2 : 1) *
    (acting && idParameters(tool).length > 0 && !readsOnly(tool) && tool.annotations?.destructiveHint !== true ? 1.5 : 1) *
    (acting && readsOnly(tool) ? 0.6 : 1);
  const scored = hits.map((h) => ({ tool: h.tool, score: h.score * weight(h.tool) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]?.tool ?? tools[0]!;
}

/** Words of doing (order, book, pay) and of asking (what, which, show): generic, not any mini-program's. */
const ACTION_WORDS = /订|买|点一|点个|来一|叫|挂|寄|送|交|缴|充|预约|预订|下单|办|order|book|buy|pay|send|ship|get me|reserve|top up|deliver/i;
const QUERY_WORDS = /查|看看|有哪些|有什么|是什么|多少|到哪|哪些|列表|菜单|what|which|show|list|menu|how much|where is|track/i;

/** API names that only read (get…, list…, search…): by the common naming convention, not any mini-program's. */
const READ_NAME = /^(get|list|search|query|view|find|track|check|show|fetch|lookup)[A-Z_]/;

function readsOnly(tool: Tool): boolean {
  return tool.annotations?.readOnlyHint === true || READ_NAME.test(tool.api);
}

/** APIs the hub calls after a payment (`{ orderId, status }`) are not where a request starts. */
function isNotifyLike(tool: Tool): boolean {
  const props = Object.keys(tool.inputSchema.properties ?? {});
  return props.includes('status') && props.includes('orderId') && props.length === 2;
}

/** "The usual": the mini-program the user has a remembered choice for, and the API that takes it. */
function usualGoal(text: string, catalog: ScoredCatalog, preferences: Record<string, Record<string, unknown>>): Goal | undefined {
  const candidates = Object.entries(preferences).filter(([appId]) => catalog.toolsOf(appId).length);
  if (!candidates.length) return undefined;
  const hits = catalog.searchScored(text, 20);
  const ranked = candidates
    .map(([appId, prefs]) => ({ appId, prefs, score: hits.filter((h) => h.tool.appId === appId).reduce((s, h) => s + h.score, 0) }))
    .sort((a, b) => b.score - a.score);
  const chosen = ranked[0];
  if (!chosen) return undefined;
  const keys = Object.keys(chosen.prefs);
  const coverage = (t: Tool) => {
    const props = new Set<string>();
    const walk = (s: Tool['inputSchema']) => {
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        props.add(k);
        if (v.items) walk(v.items);
      }
    };
    walk(t.inputSchema);
    return keys.filter((k) => props.has(k)).length;
  };
  const tool = catalog.toolsOf(chosen.appId).sort((a, b) => coverage(b) - coverage(a))[0];
  return tool ? newGoal(text, tool, chosen.prefs) : undefined;
}
