import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackageFromFiles, readPackageFiles, renderProblem, type MiniProgramPackage, type PackageFiles, type Problem } from '../package/index.ts';
import { reviewPackage, type ReviewDeps, type ReviewReport } from './index.ts';
import { sandboxReviewDeps } from './test-support.ts';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/packages/tiny-cafe');
const INDEX = 'skills/drink/index.js';
const LIST = 'skills/drink/apis/listDrinks.js';
let base: PackageFiles;
let deps: ReviewDeps;

beforeAll(async () => {
  const read = await readPackageFiles(FIXTURE);
  if (!read.ok) throw new Error('fixture does not read');
  base = read.value;
  deps = sandboxReviewDeps();
});

function pkgOf(changes: Record<string, string | ((old: string) => string)> = {}): MiniProgramPackage {
  const files = { ...base };
  for (const [path, change] of Object.entries(changes)) files[path] = typeof change === 'function' ? change(files[path] ?? '') : change;
  const loaded = loadPackageFromFiles(files, 'tiny-cafe');
  if (!loaded.ok) throw new Error(loaded.error.map(renderProblem).join('\n'));
  return loaded.value;
}

function ofRule(report: ReviewReport, rule: string): Problem[] {
  return report.problems.filter((problem) => problem.rule === rule);
}

const listDrinksReturning = (envelope: string): string => `module.exports = async function listDrinks() { return ${envelope} }\n`;

describe('reviewPackage (in the real sandbox)', () => {
  it('passes a clean package and runs every example', async () => {
    const report = await reviewPackage(pkgOf(), deps);
    expect(report.problems).toEqual([]);
    expect(report.contract).toEqual([
      // what a result names is kept for discovery (people call a drink by it)
      { skill: 'drink', api: 'listDrinks', example: 'all drinks', pass: true, names: ['拿铁', 'Latte', '美式', 'Americano'] },
      { skill: 'drink', api: 'orderDrink', example: 'a large latte', pass: true },
      { skill: 'drink', api: 'orderDrink', example: 'orderDrink', pass: true },
    ]);
    expect(report.passed).toBe(true);
  });

  it('keeps what a listing names asked for everything, beyond what its examples showed', async () => {
    // the example asks for one drink; a person may name any of them
    const filtering = `const { DRINKS } = require('../data/drinks.js')
module.exports = async function listDrinks(args) {
  const drinks = DRINKS.filter((d) => !args || !args.keyword || d.name === args.keyword)
  return { isError: false, content: [{ type: 'text', text: drinks.length + ' drinks' }], structuredContent: { drinks } }
}
`;
    const report = await reviewPackage(pkgOf({ [LIST]: filtering, 'skills/drink/mcp.json': (old) => old.replace('"arguments": {}, "expect": { "isError": false }', '"arguments": { "keyword": "拿铁" }, "expect": { "isError": false }').replace('"properties": {}', '"properties": { "keyword": { "type": "string" } }') }), deps);
    expect(report.contract.find((c) => c.api === 'listDrinks')?.names).toEqual(['拿铁', 'Latte']);
    expect(report.vocabulary).toEqual([{ skill: 'drink', api: 'listDrinks', names: ['拿铁', 'Latte', '美式', 'Americano'] }]);
    // an API that acts is never called without its arguments
    expect(report.vocabulary?.some((v) => v.api === 'orderDrink')).toBe(false);
  });

  it('skill/names-match: a declared API not registered, and a registered API not declared', async () => {
    const report = await reviewPackage(pkgOf({ [INDEX]: (old) => old.replace("registerAPI('orderDrink'", "registerAPI('orderDrinks'") }), deps);
    const found = ofRule(report, 'skill/names-match');
    expect(found.map((p) => [p.file, p.field ?? p.line])).toEqual([
      ['skills/drink/mcp.json', 'apis[1].name'],
      [INDEX, 3],
    ]);
    expect(report.passed).toBe(false);
  });

  it('skill/async-handlers: a handler that is not async', async () => {
    const report = await reviewPackage(pkgOf({ [INDEX]: (old) => `${old}skill.registerAPI('syncOne', function () { return {} })\n` }), deps);
    expect(ofRule(report, 'skill/async-handlers')).toEqual([expect.objectContaining({ file: INDEX, line: 4 })]);
  });

  it('skill/entry-load: index.js that throws, or that never creates its skill', async () => {
    const throwing = await reviewPackage(pkgOf({ [INDEX]: "throw new Error('boom')\n" }), deps);
    expect(ofRule(throwing, 'skill/entry-load')[0]?.message).toMatch(/boom/);
    expect(throwing.contract.every((result) => !result.pass && /did not load/.test(result.error ?? ''))).toBe(true);
    const silent = await reviewPackage(pkgOf({ [INDEX]: '// nothing here\n' }), deps);
    expect(ofRule(silent, 'skill/entry-load')).toHaveLength(1);
    expect(silent.passed).toBe(false);
  });

  it('skill/entry-load: an inspection that fails altogether', async () => {
    const broken: ReviewDeps = { ...deps, inspectSkills: () => Promise.reject(new Error('sandbox unavailable')) };
    const report = await reviewPackage(pkgOf(), broken);
    expect(ofRule(report, 'skill/entry-load')[0]?.message).toMatch(/sandbox unavailable/);
  });

  it('contract/example: a result that breaks its expect, its outputSchema or isError', async () => {
    const report = await reviewPackage(
      pkgOf({
        'skills/drink/mcp.json': (old) => old.replace('"expect": { "isError": false } }', '"expect": { "structuredContent": { "drinks": [{ "id": "d_mocha" }] } } }'),
        'skills/drink/tests/orderDrink.json': '{ "api": "orderDrink", "arguments": { "drinkId": "d_unknown" } }',
      }),
      deps,
    );
    const failed = report.contract.filter((result) => !result.pass);
    expect(failed.map((result) => [result.api, result.error])).toEqual([
      ['listDrinks', 'structuredContent.drinks[0].id should be "d_mocha", is "d_latte"'],
      ['orderDrink', expect.stringMatching(/^isError is true, expected false: "没有这款饮品/)],
    ]);
    expect(ofRule(report, 'contract/example')).toHaveLength(2);
    expect(report.passed).toBe(false);
    const schema = await reviewPackage(pkgOf({ [LIST]: listDrinksReturning("{ content: [{ type: 'text', text: '共 1 款。' }], structuredContent: { drinks: [{ id: 7 }] } }") }), deps);
    // a runtime that fails the call on a mismatch fails the example; one that does not (as WeChat) leaves review's warning
    expect(schema.contract[0]?.error ?? ofRule(schema, 'contract/output-schema')[0]?.message).toMatch(/outputSchema.*drinks\/0\/id must be string/);
  });

  it('skill/schema-valid: a schema that passes the meta-schema but does not compile', async () => {
    const files = { 'skills/drink/mcp.json': (old: string) => old.replace('"description": "杯数 / number of cups"', '"description": "杯数 / number of cups", "pattern": "("') };
    const pkg = pkgOf(files);
    const report = await reviewPackage(pkg, deps);
    expect(ofRule(report, 'skill/schema-valid')).toEqual([expect.objectContaining({ field: 'apis[1].inputSchema', message: expect.stringMatching(/does not compile/) })]);
  });

  it('contract/example: example arguments that do not match the inputSchema', async () => {
    const report = await reviewPackage(pkgOf({ 'skills/drink/tests/orderDrink.json': '{ "api": "orderDrink", "arguments": { "drinkId": "d_latte", "size": "XXL" }, "expect": { "isError": true } }' }), deps);
    expect(report.contract[2]).toMatchObject({ pass: false, error: expect.stringMatching(/do not match inputSchema/) });
  });

  it('bp/fact-action: content that is only an action', async () => {
    const report = await reviewPackage(pkgOf({ [LIST]: listDrinksReturning("{ content: [{ type: 'text', text: '请展示饮品卡片。' }], structuredContent: { drinks: [] } }") }), deps);
    expect(ofRule(report, 'bp/fact-action')).toEqual([expect.objectContaining({ severity: 'warning', field: 'apis[0]', message: expect.stringMatching(/请展示饮品卡片/) })]);
    expect(report.passed).toBe(true);
  });

  it('bp/image-in-structured: an image URL in a returned structuredContent', async () => {
    const report = await reviewPackage(
      pkgOf({ [LIST]: listDrinksReturning("{ content: [{ type: 'text', text: '共 1 款饮品。' }], structuredContent: { drinks: [{ id: 'd', name: 'x', price: 1, pic: 'https://cdn.example.com/latte.jpg?w=200' }] } }") }),
      deps,
    );
    expect(ofRule(report, 'bp/image-in-structured')[0]?.message).toMatch(/structuredContent\.drinks\[0\]\.pic/);
  });
});
