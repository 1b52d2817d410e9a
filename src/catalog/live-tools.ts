import type { MiniProgramPackage } from '../package/index.ts';
import type { Catalog } from './catalog.ts';
import { ToolIndex } from './search/index.ts';
import { toolFrom, type Tool } from './tool.ts';

interface LiveApp {
  appId: string;
  appName: string;
  appNameEn?: string;
  version: string;
  description: string;
  pkg: MiniProgramPackage;
}

/**
 * The tools of every live (approved) version, with a BM25 index over them. Rebuilt when
 * the set of live versions changes; a turn reads only what discovery returns, and a
 * skill's SKILL.md only once the skill is chosen.
 */
export class LiveTools {
  readonly #catalog: Catalog;
  #key = '';
  #apps = new Map<string, LiveApp>();
  #tools = new Map<string, Tool>();
  #index = new ToolIndex();

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  /** Brings the index up to date with the catalog's live versions. */
  async refresh(): Promise<void> {
    const live = await this.#catalog.live();
    const key = live.map((l) => `${l.appId}@${l.version}`).join(',');
    if (key === this.#key) return;
    const apps = new Map<string, LiveApp>();
    const tools = new Map<string, Tool>();
    const index = new ToolIndex();
    for (const { appId, version } of live) {
      const { pkg } = await this.#catalog.package(appId, version);
      const app = describeApp(appId, version, pkg);
      apps.set(appId, app);
      const names = resultNames((await this.#catalog.version(appId, version)).review);
      for (const skill of pkg.skills) {
        for (const api of skill.apis) {
          const tool = toolFrom(app, skill, api);
          tools.set(tool.id, tool);
          index.add({
            id: tool.id,
            fields: {
              name: `${api.name} ${app.appName} ${app.appNameEn ?? ''}`,
              description: api.description,
              params: Object.entries(api.inputSchema.properties ?? {}).map(([k, p]) => `${k} ${p.description ?? ''}`).join(' '),
              skillMd: `${skill.description} ${skill.skillMd}`,
              extra: app.description,
              data: (names.get(api.name) ?? []).join(' '),
            },
          });
        }
      }
    }
    this.#apps = apps;
    this.#tools = tools;
    this.#index = index;
    this.#key = key;
  }

  search(query: string, limit = 8): Tool[] {
    return this.#index.search(query, { limit }).flatMap((hit) => this.#tools.get(hit.id) ?? []);
  }

  /** Search with scores, for planners that weigh confidence. */
  searchScored(query: string, limit = 8, { withData = true }: { withData?: boolean } = {}): { tool: Tool; score: number; matched: number; queryTerms: number }[] {
    return this.#index.search(query, { limit, withData }).flatMap((hit) => {
      const tool = this.#tools.get(hit.id);
      return tool ? [{ tool, score: hit.score, matched: hit.matched, queryTerms: hit.queryTerms }] : [];
    });
  }

  /** How many tools are live (search scores grow with it, through IDF). */
  get size(): number {
    return this.#tools.size;
  }

  tool(id: string): Tool | undefined {
    return this.#tools.get(id);
  }

  toolsOf(appId: string): Tool[] {
    return [...this.#tools.values()].filter((t) => t.appId === appId);
  }

  skillDoc(appId: string, skillPath: string): string {
    return this.#apps.get(appId)?.pkg.skills.find((s) => s.path === skillPath)?.skillMd ?? '';
  }

  appInstruction(appId: string): string | undefined {
    return this.#apps.get(appId)?.pkg.agentsMd;
  }

  app(appId: string): LiveApp | undefined {
    return this.#apps.get(appId);
  }

  apps(): { appId: string; appName: string; appNameEn?: string; description: string }[] {
    return [...this.#apps.values()].map(({ appId, appName, appNameEn, description }) => ({ appId, appName, ...(appNameEn ? { appNameEn } : {}), description }));
  }
}

/** What each API's contract-run results named, by API (kept in the version's review report). */
function resultNames(review: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const contract = (review as { contract?: { api?: unknown; names?: unknown }[] } | null)?.contract;
  for (const run of Array.isArray(contract) ? contract : []) {
    if (typeof run?.api !== 'string' || !Array.isArray(run.names)) continue;
    out.set(run.api, [...(out.get(run.api) ?? []), ...run.names.filter((n): n is string => typeof n === 'string')]);
  }
  return out;
}

function describeApp(appId: string, version: string, pkg: MiniProgramPackage): LiveApp {
  const nameEn = (pkg as unknown as { displayNameEn?: string }).displayNameEn;
  return {
    appId, version, pkg,
    appName: pkg.displayName,
    ...(nameEn ? { appNameEn: nameEn } : {}),
    description: pkg.skills.map((s) => s.description).join('；'),
  };
}
