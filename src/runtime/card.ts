import { log } from '../core/index.ts';
import type { ComponentDeclaration, MiniProgramPackage } from '../package/index.ts';
import { pageName, type Handoff } from './handoff.ts';
import { parseWxml, renderWxml, toText, type UiNode } from './wxml/index.ts';

/** The files of a component: `x` may name `x.wxml` or `x/index.wxml`. */
export function componentFiles(pkg: MiniProgramPackage, componentPath: string): { base: string; wxml: string; js: string | undefined } | undefined {
  const clean = componentPath.replace(/^\.?\/+/, '').replace(/\.(wxml|js|json)$/, '');
  for (const base of [clean, `${clean}/index`]) {
    const wxml = pkg.files[`${base}.wxml`];
    if (wxml !== undefined) return { base, wxml, js: pkg.files[`${base}.js`] === undefined ? undefined : `${base}.js` };
  }
  return undefined;
}

/** Renders a component's WXML with the data its JS settled on into the neutral tree every entrance draws. */
export function renderComponent(pkg: MiniProgramPackage, files: { base: string; wxml: string }, data: Record<string, unknown>): { tree: UiNode[]; text: string } {
  const parsed = parseWxml(files.wxml, `${files.base}.wxml`);
  if (!parsed.ok) throw new Error(`${files.base}.wxml: ${parsed.error.message}`);
  const tree = renderWxml(parsed.value, data, { resolve: (path: string) => pkg.files[path] });
  return { tree, text: toText(tree) };
}

/** What a card asked of its view while it ran (`getViewContext(this)`), resolved against the package. */
export interface CardViewRequests {
  /** The card's "open the mini-program" entry: `setRelatedPage({ path?, query })`, else the component's declared `relatedPage`. */
  relatedPage?: Handoff;
  /** `openDetailPage({ url })` inside a tap: the page the user asked to open. */
  detailPage?: Handoff;
  /** `expirePreviousCards(filter)` calls. */
  expirePrevious?: unknown[];
}

/**
 * Reads what the sandbox's `renderCard` / `tapCard` hand back: the card's data and its view
 * requests (a page that is not in the package is dropped, with a log line).
 */
export function readCardOutput(pkg: MiniProgramPackage, componentPath: string, json: string): { data: Record<string, unknown>; requests: CardViewRequests } {
  const out = JSON.parse(json) as { data?: Record<string, unknown>; related?: { path: string; query: string } | null; detail?: { url: string } | null; expire?: unknown[] };
  const requests: CardViewRequests = {};
  const declared = declaredComponent(pkg, componentPath)?.relatedPage;
  const relatedPath = out.related?.path || declared;
  if (relatedPath) {
    const query = out.related?.query ? `?${out.related.query}` : '';
    const link = pageLink(pkg, `${relatedPath.split('?')[0]}${query || (relatedPath.includes('?') ? `?${relatedPath.split('?')[1]}` : '')}`);
    if (link) requests.relatedPage = link;
    else log.warn({ componentPath, page: relatedPath }, 'setRelatedPage names a page the package does not have');
  }
  if (out.detail && typeof out.detail.url === 'string') {
    const link = pageLink(pkg, out.detail.url);
    if (link) requests.detailPage = link;
    else log.warn({ componentPath, page: out.detail.url }, 'openDetailPage names a page the package does not have');
  }
  if (Array.isArray(out.expire) && out.expire.length > 0) requests.expirePrevious = out.expire;
  return { data: out.data ?? {}, requests };
}

/** How a card is mounted: the call's arguments (`NotificationType.Input`) and the expiry filters issued after it was shown (`Expire`). */
export interface CardMount {
  arguments?: Record<string, unknown>;
  /** `expireAllCards` / `expirePreviousCards` filters that came after the card, each already judged to reach it by position. */
  expiredBy?: unknown[];
}

/** The mcp.json `components` entry of a card, found by its resolved path. */
export function declaredComponent(pkg: MiniProgramPackage, componentPath: string): ComponentDeclaration | undefined {
  const clean = componentPath.replace(/^\/+/, '').replace(/\/index$/, '');
  return pkg.skills.flatMap((s) => s.components).find((c) => c.path.replace(/^\/+/, '').replace(/\/index$/, '') === clean);
}

/** A page of the package a card points at (`/pages/a/a?x=1`), with its name; undefined when the package has no such page. */
export function pageLink(pkg: MiniProgramPackage, url: string): Handoff | undefined {
  const [route = '', query = ''] = url.split('?');
  const clean = route.replace(/^\/+/, '').replace(/\.(js|wxml)$/, '');
  if (!pkg.pages.some((p) => p.path === clean)) return undefined;
  const title = pageName(pkg, clean);
  return { path: `/${clean}`, ...(query ? { query } : {}), ...(title ? { title } : {}) };
}

/**
 * Whether `expireAllCards` / `expirePreviousCards` filters issued after a card was shown expire it:
 * only a component declared `expirable` expires; `componentPaths` match exactly, `skillPath` by prefix.
 * (`match: 'latest'` is decided by the caller, who knows which card is the latest.)
 */
export function expiredBy(pkg: MiniProgramPackage, componentPath: string, filters: unknown[]): { expiredText: string } | undefined {
  const declared = declaredComponent(pkg, componentPath);
  if (!declared?.expirable) return undefined;
  const clean = (p: string) => p.replace(/^\/+/, '').replace(/\/index$/, '');
  const hit = filters.some((raw) => {
    const f = (raw ?? {}) as { componentPaths?: unknown; skillPath?: unknown };
    const paths = Array.isArray(f.componentPaths) ? f.componentPaths.filter((p): p is string => typeof p === 'string') : undefined;
    if (paths && !paths.some((p) => clean(p) === clean(componentPath) || clean(componentPath).endsWith(`/${clean(p)}`))) return false;
    if (typeof f.skillPath === 'string' && !clean(componentPath).startsWith(clean(f.skillPath))) return false;
    return true;
  });
  return hit ? { expiredText: declared.expiredText ?? '服务已过期' } : undefined;
}
