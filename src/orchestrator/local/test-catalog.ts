import { ToolIndex, type Tool } from '../../catalog/index.ts';
import type { JsonSchema } from '../../package/index.ts';
import type { ScoredCatalog } from './route.ts';

/** One API of a small catalog for planner tests: what the skill would declare. */
export interface TestApi {
  appId: string;
  appName: string;
  api: string;
  description: string;
  inputSchema?: JsonSchema;
  outputSchema?: JsonSchema;
  readOnly?: boolean;
}

/**
 * A catalog over the real search index, for testing the planner's choices without a hub. `names`
 * are what results name, by mini-program (`drugs`) or by API (`drugs.searchProducts`).
 */
export function testCatalog(apis: TestApi[], names: Record<string, string[]> = {}): ScoredCatalog {
  const index = new ToolIndex();
  const tools = apis.map((a): Tool => ({
    id: `${a.appId}.${a.api}`, appId: a.appId, appName: a.appName, version: 'v1', skill: 'skills/s', api: a.api, description: a.description,
    inputSchema: a.inputSchema ?? { type: 'object', properties: {} }, ...(a.outputSchema ? { outputSchema: a.outputSchema } : {}), ...(a.readOnly ? { annotations: { readOnlyHint: true } } : {}),
    siblings: apis.filter((b) => b.appId === a.appId).map((b) => b.api),
  }));
  for (const t of tools) {
    index.add({ id: t.id, fields: { name: `${t.api} ${t.appName}`, description: t.description, params: '', data: [...(names[t.appId] ?? []), ...(names[t.id] ?? [])].join(' ') } });
  }
  const byId = new Map(tools.map((t) => [t.id, t]));
  const appIds = [...new Set(tools.map((t) => t.appId))];
  return {
    size: tools.length,
    search: (query, limit = 8) => index.search(query, { limit }).flatMap((h) => byId.get(h.id) ?? []),
    searchScored: (query, limit = 8, options = {}) => index.search(query, { limit, ...options }).flatMap((h) => {
      const tool = byId.get(h.id);
      return tool ? [{ tool, score: h.score, matched: h.matched, queryTerms: h.queryTerms }] : [];
    }),
    tool: (id) => byId.get(id),
    toolsOf: (appId) => tools.filter((t) => t.appId === appId),
    skillDoc: () => '',
    appInstruction: () => undefined,
    apps: () => appIds.map((appId) => ({ appId, appName: tools.find((t) => t.appId === appId)!.appName, description: '' })),
    resultNames: (appId) => Object.entries(names).filter(([key]) => key === appId || key.startsWith(`${appId}.`)).flatMap(([, list]) => list),
    apiResultNames: (toolId) => names[toolId] ?? [],
  };
}
