import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadPackageFromFiles, readPackageFiles, renderProblem, type MiniProgramPackage, type PackageFiles, type Problem } from '../package/index.ts';
import { reviewPackage, type ReviewDeps, type ReviewReport } from './index.ts';
import { packageReviewDeps } from './test-support.ts';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/packages/tiny-cafe');
const CARD = 'skills/drink/components/order-card/index.js';
const PAGE = 'pages/index/index.js';
let base: PackageFiles;
let disposers: (() => void)[] = [];

beforeAll(async () => {
  const read = await readPackageFiles(FIXTURE);
  if (!read.ok) throw new Error('fixture does not read');
  base = read.value;
});
afterEach(() => {
  for (const dispose of disposers) dispose();
  disposers = [];
});

function pkgOf(changes: Record<string, string | ((old: string) => string)> = {}): MiniProgramPackage {
  const files = { ...base };
  for (const [path, change] of Object.entries(changes)) files[path] = typeof change === 'function' ? change(files[path] ?? '') : change;
  const loaded = loadPackageFromFiles(files, 'tiny-cafe');
  if (!loaded.ok) throw new Error(loaded.error.map(renderProblem).join('\n'));
  return loaded.value;
}

async function review(pkg: MiniProgramPackage, override: Partial<ReviewDeps> = {}): Promise<ReviewReport> {
  const { deps, dispose } = packageReviewDeps(pkg);
  disposers.push(dispose);
  return reviewPackage(pkg, { ...deps, ...override });
}

const ofRule = (report: ReviewReport, rule: string): Problem[] => report.problems.filter((problem) => problem.rule === rule);

describe('review uses the package as a person would: cards mounted, pages opened', () => {
  it('a clean package mounts its card and opens its page without a finding', async () => {
    const report = await review(pkgOf());
    expect(report.problems).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it('review/card-mount: a card that throws on its result fails review, at the card file and line', async () => {
    const card = "Component({\n  lifetimes: {\n    attached() {\n      wx.modelContext.getContext(this).on('result', ({ result }) => {\n        this.setData({ amount: result.structuredContent.lines[0].amount })\n      })\n    }\n  }\n})\n";
    const report = await review(pkgOf({ [CARD]: card }));
    expect(ofRule(report, 'review/card-mount')).toEqual([expect.objectContaining({ severity: 'error', file: CARD, line: 5, message: expect.stringMatching(/order-card.*orderDrink/) })]);
    expect(report.passed).toBe(false);
  });

  it('review/page-open: a page whose script throws while loading fails review, at its line', async () => {
    const page = "Page({\n  data: {},\n  onLoad() {\n    const saved = wx.getStorageSync('cart')\n    this.setData({ count: saved.items.length })\n  }\n})\n";
    const report = await review(pkgOf({ [PAGE]: page }));
    expect(ofRule(report, 'review/page-open')).toEqual([expect.objectContaining({ severity: 'error', file: PAGE, line: 5 })]);
    expect(report.passed).toBe(false);
  });

  it('review/page-open: a line in ES-module source is reported as written, through its source map', async () => {
    const page = "import { drinks } from '../../skills/drink/data/drinks'\n\nPage({\n  data: {},\n  onLoad() {\n    // the seventh line throws\n    this.setData({ first: drinks.missing.name })\n  }\n})\n";
    const report = await review(pkgOf({ [PAGE]: page }));
    expect(ofRule(report, 'review/page-open')).toEqual([expect.objectContaining({ file: PAGE, line: 7 })]);
  });

  it('review/page-open: pages failing for one shared cause are reported once, at the shared line', async () => {
    const report = await review(pkgOf({
      'app.json': (old) => old.replace('"pages": ["pages/index/index"]', '"pages": ["pages/index/index", "pages/more/more"]'),
      'utils/config.js': "const settings = null\nmodule.exports = { city: settings.city }\n",
      [PAGE]: "const config = require('../../utils/config')\nPage({ data: { city: config.city } })\n",
      'pages/more/more.js': "const config = require('../../utils/config')\nPage({ data: {} })\n",
      'pages/more/more.wxml': '<view>更多</view>',
    }));
    expect(ofRule(report, 'review/page-open')).toEqual([expect.objectContaining({ file: 'utils/config.js', line: 2, message: expect.stringContaining('1 other page(s) fail the same way (pages/more/more)') })]);
  });

  it('contract/output-schema (V009): a result off its outputSchema is a warning, not a failed review', async () => {
    const pkg = pkgOf();
    // the runtime half (not failing the call) belongs to the runtime; here review sees such a result
    const offSchema: ReviewDeps['runExample'] = async (_pkg, _skill, api, example) => ({
      ok: true,
      envelope: example.arguments.drinkId === 'd_unknown'
        ? { isError: true, content: [{ type: 'text', text: '没有这款饮品。请先调用 listDrinks。' }] }
        : { isError: false, content: [{ type: 'text', text: '共 1 款饮品。请展示饮品列表。' }], structuredContent: api === 'listDrinks' ? { drinks: [{ id: 'd_latte', name: null }] } : { drinkId: 'd_latte', amount: 18 } },
    });
    const report = await review(pkg, { runExample: offSchema });
    expect(ofRule(report, 'contract/output-schema')).toEqual([expect.objectContaining({ severity: 'warning', wechat: 'V009', field: 'apis[0].outputSchema', message: expect.stringMatching(/drinks\/0\/name must be string/) })]);
    expect(report.passed).toBe(true);
  });
});
