import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import type { HttpEnv } from './env.ts';
import { AgentOsError } from '../../core/index.ts';

/** Where `vite build` (run by `npm install`'s prepare script) leaves the web chat and the console. */
export const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.html': 'text/html; charset=utf-8',
};

/** Images from http(s) and data URLs (cards show merchants' pictures); no script but the hub's own. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

async function file(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new AgentOsError('NOT_FOUND', `没有这个文件 / no such file`, { fix: 'the web pages are built by `npm install` (or `npm run build:web`)' });
  }
}

/**
 * The web chat at `/` and the developer console at `/console`: one page (the app picks its
 * view from the path) and its hashed assets, cached for good. Nothing here reads the hub.
 */
export function webRoutes(app: Hono<HttpEnv>, dist = WEB_DIST): void {
  const root = resolve(dist);
  const page = async (c: Context) => {
    let html: Buffer;
    try {
      html = await readFile(join(root, 'index.html'));
    } catch {
      throw new AgentOsError('UNAVAILABLE', '网页尚未构建 / the web pages are not built', { fix: 'run `npm install` (its prepare step builds them) or `npm run build:web`' });
    }
    return c.body(new Uint8Array(html), 200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-cache', 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' });
  };
  app.get('/', page);
  app.get('/console', page);
  app.get('/console/*', page);
  app.get('/assets/:name', async (c) => {
    const name = c.req.param('name');
    const path = resolve(root, 'assets', name);
    if (!/^[\w.-]+$/.test(name) || !path.startsWith(root + sep)) throw new AgentOsError('NOT_FOUND', 'no such asset');
    const type = TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
    return c.body(new Uint8Array(await file(path)), 200, { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' });
  });
}
