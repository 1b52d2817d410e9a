import type { ApiDeclaration, MiniProgramPackage } from '../package/index.ts';

/** A handoff as the hub passes it on: the page (always set), its raw query, the payload, and the page's name. */
export interface Handoff {
  /** The page's route with a leading `/` (`/pages/order/order`). */
  path: string;
  query?: string;
  payload?: unknown;
  /** What a person reads on the entrance's "open …" link: page-meta's name, else the page's title. */
  title?: string;
}

/**
 * Reads a result's `handoff` as WeChat defines it: `path` is optional and defaults to the API's
 * `_meta.ui.pagePath`; a `?query` written into the path joins the query. Undefined when there is
 * no page to open.
 */
export function readHandoff(raw: Record<string, unknown>, api: ApiDeclaration, pkg?: MiniProgramPackage): Handoff | undefined {
  const path = typeof raw.path === 'string' && raw.path.trim() ? raw.path.trim() : api.pagePath;
  if (!path) return undefined;
  const [route = '', inline = ''] = path.split('?');
  const clean = route.replace(/^\/+/, '').replace(/\.(js|wxml)$/, '');
  const query = [inline, typeof raw.query === 'string' ? raw.query.replace(/^[?&]+/, '') : ''].filter(Boolean).join('&');
  const title = pkg ? pageName(pkg, clean) : undefined;
  return {
    path: `/${clean}`,
    ...(query ? { query } : {}),
    ...(raw.payload !== undefined ? { payload: raw.payload } : {}),
    ...(title ? { title } : {}),
  };
}

/** A page's human name: its page-meta.json name, else its navigation bar title. */
export function pageName(pkg: MiniProgramPackage, route: string): string | undefined {
  const meta = pkg.pageMeta.find((p) => p.path.replace(/^\/+/, '') === route);
  if (meta?.name) return meta.name;
  const own = pkg.pages.find((p) => p.path === route)?.json.navigationBarTitleText;
  return typeof own === 'string' && own ? own : undefined;
}
