import { describe, expect, it } from 'vitest';
import { analyzePackage } from './index.ts';
import { page, rawPackage } from './test-support.ts';
import { seededRandom } from '../../test/support/seeded-random.ts';

const WXML_PARTS = ['<view', '<button', '<input', '<form', '<picker', '<navigator url="/pages/p1/p1"', ' bindtap="h1"', ' bindsubmit="h2"', ' bindinput="{{x}}"', ' wx:for="{{list}}"', ' data-id="{{item.id}}"', ' data-x="static"', ' form-type="submit"', '>', '</view>', '</button>', '{{item.name}}', '支付 Pay', '<', '"', '}}', '{{', '/>', ' model:value="{{v}}"'];
const JS_PARTS = ['Page({', 'Component({ methods: {', 'h1(e) {', 'h2: function(e) {', 'async onLoad(q) {', 'wx.navigateTo({ url: `/pages/p1/p1?id=${e.currentTarget.dataset.id}` });', 'wx.requestPayment({});', 'this.setData({ a: e.detail.value });', 'this.h1(e);', 'require("../../utils/u.js").f();', 'const { id } = e.currentTarget.dataset;', '}', '},', '})', ')', '(', 'import x from "./y";', '`${', '/*', '"', 'await wx.getAddressList();', 'module.exports = {'];

function pick(next: () => number, parts: string[], count: number): string {
  return Array.from({ length: count }, () => parts[Math.floor(next() * parts.length)]).join('');
}

const ITERATIONS = Number(process.env.AGENTOS_FUZZ_ITERATIONS ?? 150);

describe('analyzer fuzz', () => {
  it(`never throws on ${ITERATIONS} random packages of WXML and JS fragments`, () => {
    for (let seed = 1; seed <= ITERATIONS; seed++) {
      const next = seededRandom(seed);
      const pkg = rawPackage({
        'app.json': JSON.stringify({ pages: ['pages/p0/p0', 'pages/p1/p1'] }),
        'utils/u.js': pick(next, JS_PARTS, 12),
        ...page('pages/p0/p0', pick(next, WXML_PARTS, 30), pick(next, JS_PARTS, 20)),
        ...page('pages/p1/p1', pick(next, WXML_PARTS, 20), pick(next, JS_PARTS, 15)),
      }, `fuzz-${seed}`);
      const analysis = analyzePackage(pkg);
      expect(analysis.summary.pages, `seed ${seed}`).toBeLessThanOrEqual(2);
      expect(Array.isArray(analysis.derived.apis), `seed ${seed}`).toBe(true);
    }
  });
});
