import { describe, expect, it } from 'vitest';
import { analyzePackage } from './index.ts';
import { packageOf, page } from './test-support.ts';

const app = (pages: string[]) => ({ 'app.json': JSON.stringify({ pages }) });

// Real packages are awkward: each case must give warnings and a partial graph, never an exception.
describe('awkward sources', () => {
  it('minified JS: handlers and their payment are still found', () => {
    const pkg = packageOf({
      ...app(['pages/a/a']),
      ...page('pages/a/a', '<button bindtap="p">付款 Pay</button>', 'Page({data:{x:1},p:function(){var t=this;wx.createOrder({amount:1,lines:[]}).then(function(e){wx.requestPayment({orderId:e.orderId})})}});'),
    });
    const analysis = analyzePackage(pkg);
    expect(analysis.graph.pages[0]!.handlers.p!.effects.map((e) => e.kind)).toEqual(expect.arrayContaining(['order', 'payment']));
    expect(analysis.derived.apis.map((a) => a.name)).toContain('pay');
  });

  it('TypeScript page sources are parsed', () => {
    const files: Record<string, string> = { ...app(['pages/a/a']), ...page('pages/a/a', '<view wx:for="{{rows}}" bindtap="open" data-id="{{item.id}}">{{item.name}}</view>', '') };
    delete files['pages/a/a.js'];
    files['pages/a/a.ts'] = "interface Row { id: string }\nPage({ data: { rows: [] as Row[] }, open(e: WechatMiniprogram.TouchEvent): void { const id = e.currentTarget.dataset.id as string; wx.navigateTo({ url: `/pages/a/a?id=${id}` }); } });";
    const analysis = analyzePackage(packageOf(files));
    expect(analysis.graph.pages[0]!.handlers.open).toBeDefined();
  });

  it('unknown components and tags are elements like any other', () => {
    const pkg = packageOf({
      ...app(['pages/a/a']),
      ...page('pages/a/a', '<mp-cell><van-button bindtap="go">去 Go</van-button><some-widget foo="{{bar}}"/></mp-cell>', 'Page({ go() { wx.showToast({ title: "hi" }); } })'),
    });
    const analysis = analyzePackage(pkg);
    expect(analysis.graph.pages[0]!.actions).toContainEqual(expect.objectContaining({ handler: 'go', tag: 'van-button' }));
  });

  it('dynamic handler names become a warning, the rest of the page still counts', () => {
    const pkg = packageOf({
      ...app(['pages/a/a']),
      ...page('pages/a/a', '<view bindtap="{{handler}}">x</view><button bindtap="ok">ok</button>', 'Page({ ok() {} })'),
    });
    const analysis = analyzePackage(pkg);
    expect(analysis.warnings.some((w) => /computed|动态/.test(w.message))).toBe(true);
    expect(analysis.graph.pages[0]!.actions.some((a) => a.handler === 'ok')).toBe(true);
  });

  it('wrapped requests and navigations are followed through helper modules (ES modules too)', () => {
    const pkg = packageOf({
      ...app(['pages/a/a', 'pages/b/b']),
      'utils/http.js': "export function get(url) { return wx.request({ url }); }\nexport default { get };",
      'utils/router.js': 'function go(url) { wx.navigateTo({ url }); }\nmodule.exports.go = go;',
      ...page('pages/a/a', '<view bindtap="load">load</view><view bindtap="next">next</view>', "import { get } from '../../utils/http.js';\nconst router = require('../../utils/router.js');\nPage({ load() { get('https://x.example/list'); }, next() { router.go('/pages/b/b?id=7'); } });"),
      ...page('pages/b/b', '<view>b</view>', 'Page({})'),
    });
    const handlers = analyzePackage(pkg).graph.pages[0]!.handlers;
    expect(handlers.load!.effects.map((e) => e.kind)).toContain('request');
    expect(handlers.next!.effects).toContainEqual(expect.objectContaining({ kind: 'navigate', target: 'pages/b/b' }));
  });

  it('a page whose files are missing, a script that does not parse, a template that is broken: warnings, a partial graph', () => {
    const pkg = packageOf({
      ...app(['pages/a/a', 'pages/b/b', 'pages/c/c']),
      ...page('pages/a/a', '<view bindtap="go">go</view>', 'Page({ go() { wx.navigateTo({ url: "/pages/c/c" }) } })'),
      ...page('pages/b/b', '<view bindtap="x">x</view>', 'Page({ x() { this.setData({ a: ; } })'),
      ...page('pages/c/c', '<view><<text>unclosed', 'Page({})'),
    });
    const partial = { ...pkg, pages: pkg.pages.filter((p) => p.path !== 'pages/c/c') };
    const analysis = analyzePackage(partial);
    expect(analysis.graph.pages.map((p) => p.path)).toEqual(['pages/a/a', 'pages/b/b']);
    expect(analysis.warnings.map((w) => w.file)).toEqual(expect.arrayContaining(['pages/c/c.wxml', 'pages/b/b.js']));
    expect(analyzePackage(pkg).graph.pages).toHaveLength(3);
  });

  it('a script with no Page() at all is a warning', () => {
    const pkg = packageOf({ ...app(['pages/a/a']), ...page('pages/a/a', '<view bindtap="x">x</view>', 'const nothing = 1;') });
    expect(analyzePackage(pkg).warnings.some((w) => /Page/.test(w.message))).toBe(true);
  });
});
