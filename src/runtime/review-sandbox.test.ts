import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPackage, loadPackageFromFiles, renderProblem, type MiniProgramPackage } from '../package/index.ts';
import { ReviewSandbox } from './review-sandbox.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/packages');
const LIMITS = { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 5_000 };
let sandbox: ReviewSandbox | undefined;
afterEach(() => sandbox?.dispose());

async function load(name: string): Promise<MiniProgramPackage> {
  const loaded = await loadPackage(join(FIXTURES, name));
  if (!loaded.ok) throw new Error(loaded.error.map(renderProblem).join('\n'));
  return loaded.value;
}

async function open(name: string, path = 'pages/index/index'): Promise<string> {
  sandbox = new ReviewSandbox(await load(name), LIMITS);
  const opened = await sandbox.openPage(path);
  if (!opened.ok) throw new Error(opened.error);
  return opened.text;
}

/** Each real-world package shape (one fixture each, written for this suite) opens and renders its page. */
describe('real-world package shapes in the page runtime', () => {
  it('ES-module import/export, compiled to CommonJS at install', async () => {
    expect(await open('shape-esm')).toContain('合计 ¥18.50 / ¥1.00');
  });

  it('TypeScript sources with no .js beside them, under miniprogramRoot', async () => {
    expect(await open('shape-typescript')).toContain('小王，欢迎第 3 次光临');
  });

  it("a bare require('pkg') resolves to miniprogram_npm/pkg", async () => {
    expect(await open('shape-npm')).toContain('距离 2.5 km');
  });

  it('useExtendedLib weui components are platform components, not missing files', async () => {
    expect(await open('shape-weui')).toContain('当前城市 杭州');
  });

  it('a `..` above the package root stops at the root, in require and usingComponents', async () => {
    expect(await open('shape-parent-clamp')).toContain('购物车 3 件');
  });

  it('a module that threw is run again by the next require, never handed out half-built', async () => {
    const loaded = await load('shape-npm');
    const files = {
      ...loaded.files,
      'app.json': '{ "pages": ["pages/index/index", "pages/flaky/flaky"] }',
      'utils/flaky.js': "globalThis.runs = (globalThis.runs || 0) + 1\nif (globalThis.runs === 1) throw new Error('first run fails')\nmodule.exports = { ready: 'ready ' + globalThis.runs }\n",
      'pages/flaky/flaky.js': "var flaky = require('../../utils/flaky')\nPage({ data: { state: flaky.ready } })\n",
      'pages/flaky/flaky.wxml': '<view>状态 {{state}}</view>',
    };
    const pkg = loadPackageFromFiles(files, 'flaky');
    if (!pkg.ok) throw new Error('flaky fixture does not load');
    sandbox = new ReviewSandbox(pkg.value, LIMITS);
    expect((await sandbox.openPage('pages/index/index')).ok).toBe(true);
    expect((await sandbox.openPage('pages/flaky/flaky')).ok).toBe(false);
    const again = await sandbox.openPage('pages/flaky/flaky');
    expect(again.ok ? again.text : again.error).toContain('状态 ready 2');
  });

  it('a page that throws while loading reports the line as written, not the compiled line', async () => {
    sandbox = new ReviewSandbox(await load('shape-esm'), LIMITS);
    const opened = await sandbox.openPage('pages/index/index?fail=yes');
    expect(opened.ok).toBe(false);
    expect(opened.ok ? '' : opened.error).toMatch(/asked to fail \(at pages\/index\/index\.js:\d+/);
  });
});
