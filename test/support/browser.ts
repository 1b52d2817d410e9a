import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Hub } from '../../src/hub/index.ts';
import { serveHttp } from '../../src/entrances/http/index.ts';
import { WEB_DIST } from '../../src/entrances/http/web-assets.ts';

/** Debian's Chromium (`apt-get install chromium fonts-noto-cjk`); never a downloaded browser. */
export const CHROMIUM = process.env.AGENTOS_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WebHarness {
  url: string;
  browser: Browser;
  /** A fresh page in its own context (no cookies shared) at a width (390 phone, 1280 desktop) and language. */
  page(options?: { width?: number; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** The hub served on a free loopback port, and one headless Chromium (Playwright gives it a fresh temporary profile). */
export async function openWeb(hub: Hub): Promise<WebHarness> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    // `npm install` builds the pages; a worktree that skipped it gets them built once here.
    const { build } = await import('vite');
    await build({ configFile: fileURLToPath(new URL('../../src/entrances/web/vite.config.ts', import.meta.url)) });
  }
  const server = await serveHttp(hub, { port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url, browser,
    async page({ width = 1280, locale } = {}) {
      const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 860 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      page.once('close', () => { context.close().catch(() => undefined); });
      if (locale) await page.addInitScript((lang) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('agentos.lang', lang), locale);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A password for a user when the hub has accounts (`hub.accounts`); undefined on the open API. */
export async function givePassword(hub: Hub, userId: string, role?: string): Promise<string | undefined> {
  const accounts = (hub as unknown as { accounts?: { setPassword(u: string, p: string): Promise<void>; setRole(u: string, r: string): Promise<void> } }).accounts;
  if (!accounts) return undefined;
  const password = `pw-${userId}-correct-horse`;
  await accounts.setPassword(userId, password);
  if (role) await accounts.setRole(userId, role);
  return password;
}

/** Signs in as a person would: the password form, or (a hub without accounts) the user picker. */
export async function signIn(page: Page, userId: string, password: string | undefined): Promise<void> {
  if (password) {
    await page.locator('input[name=user]').fill(userId);
    await page.locator('input[name=password]').fill(password);
    await page.locator('form button[type=submit]').click();
  } else {
    await page.getByRole('button', { name: `@${userId}` }).click();
  }
}

/** Keeps a picture of the final state in test-artifacts/ (gitignored). */
export async function keep(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}
