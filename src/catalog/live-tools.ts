import type { DerivedSkill, OperatorPlan } from '../analyzer/index.ts';
import type { MiniProgramPackage, SkillSource } from '../package/index.ts';
import type { Catalog } from './catalog.ts';
import { ToolIndex } from './search/index.ts';
import { toolFrom, type Tool, type ToolSource } from './tool.ts';

interface LiveApp {
  appId: string;
  appName: string;
  appNameEn?: string;
  version: string;
  description: string;
  pkg: MiniProgramPackage;
  /** Automatic mode's tools, when it is on for this mini-program. */
  derived?: DerivedSkill;
}

/** Reads a package into automatic mode's tools (the analyzer, given by the composition root). */
export type DeriveTools = (pkg: MiniProgramPackage) => DerivedSkill;

/**
 * The tools of every live (approved) version, with a BM25 index over them. Rebuilt when
 * the set of live versions changes; a turn reads only what discovery returns, and a
 * skill's SKILL.md only once the skill is chosen.
 */
export class LiveTools {
  readonly #catalog: Catalog;
  readonly #extra: ToolSource | undefined;
  #key = '';
  /** The catalog stamp the index was read at (undefined: read the live set every time). */
  #stamp: string | undefined;
  #apps = new Map<string, LiveApp>();
  #tools = new Map<string, Tool>();
  #index = new ToolIndex();
  #plans = new Map<string, OperatorPlan>();
  #names = new Map<string, string[]>();
  #apiNames = new Map<string, string[]>();
  readonly #derive: DeriveTools | undefined;
  readonly #derivedCache = new Map<string, DerivedSkill>();

  constructor(catalog: Catalog, options: { extra?: ToolSource; derive?: DeriveTools } = {}) {
    this.#catalog = catalog;
    this.#extra = options.extra;
    this.#derive = options.derive;
  }

  /**
   * Brings the index up to date with the catalog's live versions. `stamp`: the catalog stamp
   * (`STAMP_SQL`) read just now within another statement; when it has not moved since the last
   * reading, nothing is read at all.
   */
  async refresh(stamp?: string): Promise<void> {
    const keySql = this.#extra?.keySql;
    const stamped = !this.#extra || keySql !== undefined; // every source is in the store, under the stamp
    if (stamped && this.#stamp !== undefined && (stamp ?? (await this.#catalog.stamp())) === this.#stamp) return;
    const state = await this.#catalog.liveSet(keySql);
    const { live } = state;
    const automatic = this.#derive ? state.automatic : new Set<string>();
    const extraKey = keySql ? state.extraKey : ((await this.#extra?.key()) ?? '');
    const key = `${live.map((l) => `${l.appId}@${l.version}${automatic.has(l.appId) ? '+auto' : ''}`).join(',')}|${extraKey}`;
    if (key === this.#key) {
      this.#stamp = stamped ? state.stamp : undefined;
      return;
    }
    const apps = new Map<string, LiveApp>();
    const tools = new Map<string, Tool>();
    const plans = new Map<string, OperatorPlan>();
    const appNames = new Map<string, string[]>();
    const apiNames = new Map<string, string[]>();
    const index = new ToolIndex();
    for (const { appId, version } of live) {
      const { pkg } = await this.#catalog.package(appId, version);
      const derived = automatic.has(appId) ? this.#derived(appId, version, pkg) : undefined;
      const app = describeApp(appId, version, pkg, derived);
      apps.set(appId, app);
      const skills: Pick<SkillSource, 'path' | 'apis' | 'description' | 'skillMd'>[] = [...pkg.skills, ...(derived ? [derived] : [])];
      for (const api of derived?.apis ?? []) {
        const plan = derived?.plans[api.name];
        if (plan) plans.set(`${appId}.${api.name}`, plan);
      }
      const names = resultNames((await this.#catalog.version(appId, version)).review);
      appNames.set(appId, [...new Set([...names.values()].flat().concat(derived?.names ?? []))]);
      for (const skill of skills) {
        for (const api of skill.apis) {
          const tool = toolFrom(app, skill, api);
          tools.set(tool.id, tool);
          const listed = names.get(api.name) ?? (skill === derived ? derived.names : []);
          if (listed.length) apiNames.set(tool.id, listed);
          index.add({
            id: tool.id,
            fields: {
              name: `${api.name} ${app.appName} ${app.appNameEn ?? ''}`,
              description: api.description,
              params: Object.entries(api.inputSchema.properties ?? {}).map(([k, p]) => `${k} ${p.description ?? ''}`).join(' '),
              skillMd: `${skill.description} ${skill.skillMd}`,
              extra: app.description,
              data: listed.join(' '),
            },
          });
        }
      }
    }
    for (const tool of (await this.#extra?.tools()) ?? []) {
      if (apps.has(tool.appId)) continue; // a mini-program's id is its own
      tools.set(tool.id, tool);
      index.add({ id: tool.id, fields: { name: `${tool.api} ${tool.appName}`, description: tool.description, params: Object.keys(tool.inputSchema.properties ?? {}).join(' '), skillMd: tool.description, extra: tool.appName } });
    }
    this.#apps = apps;
    this.#tools = tools;
    this.#plans = plans;
    this.#names = appNames;
    this.#apiNames = apiNames;
    this.#index = index;
    this.#key = key;
    this.#stamp = stamped ? state.stamp : undefined;
  }

  /** How the page operator carries out a tool automatic mode derived; undefined for a written skill's API. */
  plan(toolId: string): OperatorPlan | undefined {
    return this.#plans.get(toolId);
  }

  #derived(appId: string, version: string, pkg: MiniProgramPackage): DerivedSkill | undefined {
    const key = `${appId}@${version}`;
    let derived = this.#derivedCache.get(key);
    if (!derived && this.#derive) this.#derivedCache.set(key, (derived = this.#derive(pkg)));
    return derived;
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

  /** What a mini-program's contract-run results named (films, services, stores): how people name what it serves. */
  resultNames(appId: string): string[] {
    return this.#names.get(appId) ?? [];
  }

  /** What one API's contract-run results named: the things that API lists. */
  apiResultNames(toolId: string): string[] {
    return this.#apiNames.get(toolId) ?? [];
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
    const app = this.#apps.get(appId);
    if (app?.derived && app.derived.path === skillPath) return app.derived.skillMd;
    return app?.pkg.skills.find((s) => s.path === skillPath)?.skillMd ?? '';
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

/** What each API's contract-run and vocabulary-run results named, by API (kept in the version's review report). */
function resultNames(review: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const report = review as { contract?: { api?: unknown; names?: unknown }[]; vocabulary?: { api?: unknown; names?: unknown }[] } | null;
  const runs = [report?.contract, report?.vocabulary].flatMap((list) => (Array.isArray(list) ? list : []));
  for (const run of runs) {
    if (typeof run?.api !== 'string' || !Array.isArray(run.names)) continue;
    out.set(run.api, [...(out.get(run.api) ?? []), ...run.names.filter((n): n is string => typeof n === 'string')]);
  }
  return out;
}

function describeApp(appId: string, version: string, pkg: MiniProgramPackage, derived: DerivedSkill | undefined): LiveApp {
  const nameEn = (pkg as unknown as { displayNameEn?: string }).displayNameEn;
  return {
    appId, version, pkg,
    appName: pkg.displayName,
    ...(nameEn ? { appNameEn: nameEn } : {}),
    description: [...pkg.skills, ...(derived?.apis.length ? [derived] : [])].map((s) => s.description).join('；'),
    ...(derived ? { derived } : {}),
  };
}
