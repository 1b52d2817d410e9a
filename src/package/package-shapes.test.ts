import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackage, loadPackageFromFiles, renderProblem, type MiniProgramPackage, type Problem } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/packages');

async function load(name: string): Promise<MiniProgramPackage> {
  const loaded = await loadPackage(join(FIXTURES, name));
  if (!loaded.ok) throw new Error(loaded.error.map(renderProblem).join('\n'));
  return loaded.value;
}

function problemsOf(files: Record<string, string>): Problem[] {
  const loaded = loadPackageFromFiles(files, 'probe');
  if (loaded.ok) throw new Error('expected the package to be refused');
  return loaded.error;
}

const PAGE = { 'pages/index/index.wxml': '<view/>', 'pages/index/index.js': 'Page({})' };

describe('real-world package shapes, as loaded at install', () => {
  it('compiles ES-module JS to CommonJS and keeps its source map beside it', async () => {
    const pkg = await load('shape-esm');
    const utils = pkg.files['utils/price.js'] ?? '';
    expect(utils).not.toMatch(/^export /m);
    expect(utils).toContain('module.exports');
    expect(JSON.parse(pkg.files['utils/price.js.map'] ?? '{}').sources).toEqual(['utils/price.js']);
  });

  it('transpiles TypeScript with no .js beside it; type-only files stay as they are', async () => {
    const pkg = await load('shape-typescript');
    expect(pkg.files['pages/index/index.js']).toContain('require("../../utils/greeting")');
    expect(pkg.files['app.js']).toBeDefined();
    expect(pkg.pages.map((page) => page.path)).toEqual(['pages/index/index']);
  });

  it('a source that does not compile is package/js-compile at its own line and column', () => {
    const problems = problemsOf({ 'app.json': '{ "pages": ["pages/index/index"] }', ...PAGE, 'utils/a.ts': 'export const ok = 1;\n\nexport function broken( {\n' });
    expect(problems).toEqual([expect.objectContaining({ rule: 'package/js-compile', file: 'utils/a.ts', line: 4 })]);
  });

  it('honours miniprogramRoot: only that folder is the mini-program (cloud functions are not)', async () => {
    const pkg = await load('shape-miniprogram-root');
    expect(Object.keys(pkg.files).sort()).toEqual(['app.json', 'pages/index/index.js', 'pages/index/index.wxml', 'project.config.json']);
  });

  it('names miniprogramRoot, and where app.json is, when app.json is not where the package says', () => {
    const wrongRoot = problemsOf({ 'project.config.json': '{ "miniprogramRoot": "client/" }', 'miniprogram/app.json': '{ "pages": [] }' });
    expect(wrongRoot).toEqual([expect.objectContaining({ rule: 'package/app-json', file: 'project.config.json', field: 'miniprogramRoot' })]);
    expect(wrongRoot[0]?.message).toContain('"miniprogramRoot" to "client/"');
    expect(wrongRoot[0]?.message).toContain('miniprogram/app.json');
    const noConfig = problemsOf({ 'miniprogram/app.json': '{ "pages": [] }' });
    expect(noConfig[0]?.fix).toContain('"miniprogramRoot": "miniprogram/"');
  });

  it('honours packOptions.ignore: docs and design files are not stored', async () => {
    const pkg = await load('shape-pack-ignore');
    expect(Object.keys(pkg.files).sort()).toEqual(['app.json', 'pages/index/index.js', 'pages/index/index.wxml', 'project.config.json']);
  });

  it('knows useExtendedLib weui components as the platform’s, and still refuses a missing one of its own', async () => {
    const pkg = await load('shape-weui');
    expect(pkg.pages).toHaveLength(1);
    const withoutLib = problemsOf({ 'app.json': '{ "pages": ["pages/index/index"] }', ...PAGE, 'pages/index/index.json': '{ "usingComponents": { "mp-cell": "weui-miniprogram/cell/cell" } }' });
    expect(withoutLib.map((p) => p.rule)).toEqual(['package/component-missing']);
  });

  it('a binary or empty app.json is an error, never "0 errors"', () => {
    for (const appJson of ['base64:iVBORw0KGgo=', '', '   \n']) {
      const problems = problemsOf({ 'app.json': appJson, ...PAGE });
      expect(problems).toEqual([expect.objectContaining({ rule: 'package/app-json', severity: 'error', file: 'app.json' })]);
    }
  });
});
