import type { MiniProgramPackage } from '../../package/index.ts';
import { componentFiles } from '../card.ts';
import { findNode, parseWxml, renderWxml, type UiNode, type WxmlComponent, type WxmlNode } from '../wxml/index.ts';

/** A used component's starting data and properties, as the sandbox reports them from its JS. */
export interface ComponentInfo {
  data?: Record<string, unknown>;
  properties?: WxmlComponent['properties'];
}

/** The sandbox's view of the mini-program: which pages exist, which have JS, the components each page uses. */
export interface PageConfig {
  pages: string[];
  scripts: Record<string, boolean>;
  tabs: string[];
  appJs: boolean;
  entry: string;
  /** Per page route: the JS module paths of the components it uses (nested ones included). */
  components: Record<string, string[]>;
}

interface UsedComponent {
  base: string;
  nodes: WxmlNode[];
  js: boolean;
  uses: Record<string, UsedComponent>;
}

const MAX_COMPONENT_DEPTH = 6;

/**
 * Renders a package's pages into the neutral tree: the page's WXML with its data, and the
 * components of its `usingComponents` (the page's and app.json's) with their own templates.
 */
export class PageView {
  readonly #pkg: MiniProgramPackage;
  readonly #parsed = new Map<string, WxmlNode[] | string>();
  readonly #used = new Map<string, Record<string, UsedComponent>>();

  constructor(pkg: MiniProgramPackage) {
    this.#pkg = pkg;
  }

  config(): PageConfig {
    const pkg = this.#pkg;
    const tabList = (pkg.app.tabBar as { list?: { pagePath?: string }[] } | undefined)?.list ?? [];
    const components: Record<string, string[]> = {};
    for (const page of pkg.pages) components[page.path] = [...new Set(scripts(this.#uses(page.path)))];
    return {
      pages: pkg.pages.map((p) => p.path),
      scripts: Object.fromEntries(pkg.pages.map((p) => [p.path, p.js !== undefined])),
      tabs: tabList.map((t) => String(t.pagePath ?? '').replace(/^\/+/, '')),
      appJs: pkg.appJs !== undefined,
      entry: pkg.pages[0]?.path ?? '',
      components,
    };
  }

  /** The page's title bar: the page's own, else the app's, else the mini-program's name. */
  title(route: string): string {
    const page = this.#pkg.pages.find((p) => p.path === route);
    const own = page?.json.navigationBarTitleText;
    const app = this.#pkg.app.window?.navigationBarTitleText;
    return typeof own === 'string' ? own : typeof app === 'string' ? app : this.#pkg.displayName;
  }

  render(route: string, data: Record<string, unknown>, info: Record<string, ComponentInfo>): { tree: UiNode[]; problems: string[] } {
    const nodes = this.#nodes(`${route}.wxml`);
    if (typeof nodes === 'string') return { tree: [], problems: [nodes] };
    const problems: string[] = [];
    const tree = renderWxml(nodes, data, {
      file: `${route}.wxml`,
      resolve: (path) => this.#pkg.files[path],
      components: toComponents(this.#uses(route), info),
      onProblem: (p) => problems.push(`${p.file ?? route}:${p.line} ${p.message}`),
    });
    return { tree, problems };
  }

  /**
   * The properties a component instance received from the page (the renderer keeps them inside
   * the component): a probe render swaps each template for one node carrying them in its dataset.
   */
  componentProps(route: string, data: Record<string, unknown>, info: Record<string, ComponentInfo>, hostPath: string): Record<string, unknown> {
    const page = this.#nodes(`${route}.wxml`);
    if (typeof page === 'string') return {};
    const probes: Record<string, WxmlComponent> = {};
    const names: Record<string, string[]> = {};
    for (const [tag, used] of Object.entries(this.#uses(route))) {
      const known = info[used.base] ?? {};
      const declared = Object.keys(known.properties ?? {}).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
      names[tag] = declared;
      const parsed = parseWxml(`<view ${declared.map((n, i) => `data-p${i}="{{${n}}}"`).join(' ')}></view>`, `${used.base}.wxml`);
      if (parsed.ok) probes[tag] = { nodes: parsed.value, ...(known.data ? { data: known.data } : {}), ...(known.properties ? { properties: known.properties } : {}) };
    }
    const host = findNode(renderWxml(page, data, { file: `${route}.wxml`, resolve: (path) => this.#pkg.files[path], components: probes }), hostPath);
    const carried = host?.children[0]?.dataset ?? {};
    return Object.fromEntries((names[host?.tag ?? ''] ?? []).map((n, i) => [n, carried[`p${i}`]]));
  }

  /** The component module (by path) behind a tag of a page, for events its template handles. */
  componentOf(route: string, tag: string): string | undefined {
    const used = this.#uses(route)[tag];
    return used?.js ? used.base : undefined;
  }

  #nodes(file: string): WxmlNode[] | string {
    const cached = this.#parsed.get(file);
    if (cached) return cached;
    const source = this.#pkg.files[file];
    let result: WxmlNode[] | string;
    if (source === undefined) result = `${file} is missing from the package (缺少页面模板)`;
    else {
      const parsed = parseWxml(source, file);
      result = parsed.ok ? parsed.value : `${file}:${parsed.error.line} ${parsed.error.message}`;
    }
    this.#parsed.set(file, result);
    return result;
  }

  #uses(route: string): Record<string, UsedComponent> {
    let used = this.#used.get(route);
    if (!used) {
      const page = this.#pkg.pages.find((p) => p.path === route);
      const app = (this.#pkg.app.usingComponents ?? {}) as Record<string, unknown>;
      used = this.#resolve(route, { ...app, ...((page?.json.usingComponents ?? {}) as Record<string, unknown>) }, 0);
      this.#used.set(route, used);
    }
    return used;
  }

  #resolve(from: string, map: Record<string, unknown>, depth: number): Record<string, UsedComponent> {
    const out: Record<string, UsedComponent> = {};
    if (depth >= MAX_COMPONENT_DEPTH) return out;
    for (const [tag, raw] of Object.entries(map)) {
      if (typeof raw !== 'string') continue;
      const files = componentFiles(this.#pkg, joinPath(from, raw));
      if (!files) continue;
      const nodes = this.#nodes(`${files.base}.wxml`);
      if (typeof nodes === 'string') continue;
      const json = this.#pkg.files[`${files.base}.json`];
      const nested = json ? ((safeJson(json).usingComponents ?? {}) as Record<string, unknown>) : {};
      out[tag] = { base: files.base, nodes, js: files.js !== undefined, uses: this.#resolve(files.base, nested, depth + 1) };
    }
    return out;
  }
}

function scripts(used: Record<string, UsedComponent>): string[] {
  return Object.values(used).flatMap((c) => [...(c.js ? [c.base] : []), ...scripts(c.uses)]);
}

function toComponents(used: Record<string, UsedComponent>, info: Record<string, ComponentInfo>): Record<string, WxmlComponent> {
  const out: Record<string, WxmlComponent> = {};
  for (const [tag, c] of Object.entries(used)) {
    const known = info[c.base] ?? {};
    out[tag] = { nodes: c.nodes, ...(known.data ? { data: known.data } : {}), ...(known.properties ? { properties: known.properties } : {}), components: toComponents(c.uses, info) };
  }
  return out;
}

/** `/components/x` from the root; `../x` and `x` from the folder of `from`. */
function joinPath(from: string, path: string): string {
  const parts = path.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
