/**
 * The web chat's page: its JavaScript as the browser downloads it (gzipped), and how long the
 * page takes to load and draw its first screen in Debian's headless Chromium from a hub on
 * loopback, with the browser cache off. Targets: < 300 KB gzipped, < 1 s to load.
 * Run alone with `node --import tsx bench/web.bench.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from '../src/entrances/http/web-assets.ts';
import { openWeb } from '../test/support/browser.ts';
import { testHub } from '../test/support/hub-fixture.ts';
import { percentiles } from './support.ts';

const LOADS = 10;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchWeb(): Promise<string[]> {
  const assets = join(WEB_DIST, 'assets');
  if (!existsSync(assets)) return ['web: not built (npm run build:web)'];
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const files = readdirSync(assets);
  const size = (name: string) => gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
  const entry = files.filter((f) => f.endsWith('.js') && html.includes(f));
  const lazy = files.filter((f) => f.endsWith('.js') && !html.includes(f));
  const css = files.filter((f) => f.endsWith('.css'));
  const entryBytes = entry.reduce((n, f) => n + size(f), 0);
  const allJs = entryBytes + lazy.reduce((n, f) => n + size(f), 0);
  const lines = [
    `web bundle: chat page JS ${kb(entryBytes)} gzipped (target < 300 KB), with the console's lazy chunk ${kb(allJs)}; CSS ${kb(css.reduce((n, f) => n + size(f), 0))}`,
  ];

  const hub = await testHub([]);
  const web = await openWeb(hub);
  try {
    const page = await web.page({ width: 1280 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const loads: number[] = [];
    const drawn: number[] = [];
    for (let i = 0; i <= LOADS; i++) {
      const started = performance.now();
      await page.goto(web.url, { waitUntil: 'load' });
      const loaded = performance.now() - started;
      await page.locator('.signin-card').waitFor();
      if (i === 0) continue; // the first load warms the hub's file reads
      loads.push(loaded);
      drawn.push(performance.now() - started);
    }
    const l = percentiles(loads);
    const d = percentiles(drawn);
    lines.push(`web page load (cache off, loopback, ${LOADS} loads): load event p50 ${l.p50.toFixed(0)} ms p95 ${l.p95.toFixed(0)} ms; sign-in screen drawn p50 ${d.p50.toFixed(0)} ms p95 ${d.p95.toFixed(0)} ms (target < 1 s)`);
  } finally {
    await web.close();
    await hub.close();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of await benchWeb()) console.log(line);
