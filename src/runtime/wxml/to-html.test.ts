import { describe, expect, it } from 'vitest';
import { parseWxml, renderWxml, rpxToPx, toHtml, type UiNode } from './index.ts';
import { scopeSelector, scopeWxss } from './wxss.ts';

function render(source: string, data: Record<string, unknown> = {}): UiNode[] {
  const parsed = parseWxml(source, 'pages/a/a.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data);
}
const body = (html: string): string => html.replace(/^<div[^>]*><style>[\s\S]*?<\/style>/, '').replace(/<\/div>$/, '');

describe('toHtml', () => {
  it('escapes every text and attribute value', () => {
    const html = toHtml(render('<view class="{{cls}}" data-x="{{x}}" id="{{id}}" style="{{style}}">{{text}}</view><input placeholder="{{x}}" value="{{x}}"/>', {
      text: '<script>alert("x")</script> & \'q\'',
      x: '"><img src=x onerror=alert(1)>',
      cls: 'ok "><b>',
      id: '"><i>',
      style: 'color:red"><script>',
    }));
    expect(html).not.toMatch(/<script|<img|<b>|<i>|" onerror/);
    expect(body(html)).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(body(html)).toContain('placeholder="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(body(html)).toContain('data-wx-id="&quot;&gt;&lt;i&gt;"');
    expect(body(html)).toMatch(/^<div class="wx-view ok" data-wx-id="[^"]*">/);
  });

  it('loads images only from http(s) and data URLs, or a mapped package URL', () => {
    const tree = render('<image src="{{a}}"/><image src="{{b}}"/><image src="{{c}}"/><image src="/images/logo.png"/><image src="{{d}}"/>', {
      a: 'https://cdn.example.com/a.png',
      b: 'javascript:alert(1)',
      c: 'data:image/png;base64,iVBORw0KGgo=',
      d: 'data:text/html;base64,PHNjcmlwdD4=',
    });
    const html = body(toHtml(tree, { imageUrl: (src) => (src.startsWith('/images/') ? `/api/files${src}` : undefined) }));
    expect(html).toContain('src="https://cdn.example.com/a.png"');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).toContain('src="/api/files/images/logo.png"');
    expect(html).not.toMatch(/javascript:|text\/html/);
    expect(html.match(/\[图片\]/g)).toHaveLength(2);
  });

  it('never writes event handler attributes or scripts, even from rich text', () => {
    const html = toHtml(render('<rich-text nodes="{{html}}"/>', { html: '<div onclick="x()"><a href="javascript:x()">a</a><iframe src="https://e"></iframe><script>1</script><img src="https://a/b.png" onload="y()"></div>' }));
    expect(html).not.toMatch(/onclick|onload|javascript:|<iframe|<script|href=/);
    expect(html).toContain('<span class="wx-a">a</span>');
    expect(html).toContain('src="https://a/b.png"');
  });

  it('marks taps, inputs and navigations for the browser page to send back', () => {
    const tree = render('<view bindtap="onRow" data-id="1">行</view><navigator url="/pages/b/b?id=1">去</navigator><picker range="{{sizes}}" value="{{1}}" bindchange="onPick" name="size"><view>选杯型</view></picker><checkbox-group name="extras" bindchange="onExtras"><checkbox value="ice" checked/>加冰</checkbox-group>', { sizes: ['中', '大'] });
    const html = body(toHtml(tree));
    expect(html).toContain('<div class="wx-view" role="button" tabindex="0" data-agentos-path="0" data-agentos-event="tap" data-agentos-handler="onRow">行</div>');
    expect(html).toContain('<a class="wx-navigator" role="link" tabindex="0" data-agentos-url="/pages/b/b?id=1" data-agentos-path="1" data-agentos-event="navigate">去</a>');
    expect(html).toContain('<select name="size" data-agentos-path="2" data-agentos-event="change" data-agentos-handler="onPick"><option value="0">中</option><option value="1" selected>大</option></select>');
    expect(html).toContain('<input type="checkbox" name="extras" value="ice" checked data-agentos-path="3.0" data-agentos-event="change">');
    expect(html).toContain('data-agentos-path="3" data-agentos-event="change" data-agentos-handler="onExtras"');
  });

  it('draws a still view when not interactive', () => {
    const html = body(toHtml(render('<button bindtap="go">去</button><input name="a"/><view bindtap="x">v</view>'), { interactive: false }));
    expect(html).not.toContain('data-agentos');
    expect(html).toContain('<button type="button" class="wx-button" disabled>去</button>');
    expect(html).toContain('<input class="wx-input" type="text" name="a" disabled>');
  });

  it('applies inline styles with rpx in px, dropping unsafe declarations', () => {
    const html = body(toHtml(render('<view style="width: 750rpx; margin: -10rpx .5rpx; background: url(javascript:alert(1)); color: red; behavior: url(x.htc)">x</view>')));
    expect(html).toContain('style="width:375px;margin:-5px 0.25px;color:red"');
  });
});

describe('WXSS', () => {
  it('converts rpx to px at 750rpx = 375px', () => {
    expect(rpxToPx('width: 750rpx; height: 1rpx; margin: 0 -24rpx 1.5rpx')).toBe('width: 375px; height: 0.5px; margin: 0 -12px 0.75px');
  });

  it('scopes selectors under the container and maps page, tags and ids', () => {
    expect(scopeSelector('.a .b', 's')).toBe('.s .a .b');
    expect(scopeSelector('page', 's')).toBe('.s');
    expect(scopeSelector('page .title', 's')).toBe('.s .title');
    expect(scopeSelector('view.card > text:first-child', 's')).toBe('.s .wx-view.card > .wx-text:first-child');
    expect(scopeSelector('#main button::after', 's')).toBe('.s [data-wx-id="main"] .wx-button::after');
    expect(scopeSelector('.a{}', 's')).toBeUndefined();
  });

  it('keeps media queries, drops imports, font faces and unsafe urls, and never closes the style element', () => {
    const css = scopeWxss(
      '@import "common.wxss"; /* c */ .a { color: red; } @media (max-width: 600px) { .b { width: 100rpx } } @font-face { font-family: x; src: url(https://f/x.woff) } .c { background: url("https://img/x.png") } .d { background: url(http://evil/</style><script>) } .e { content: "\\e600" } .f{ color: blue }',
      's',
    );
    expect(css).toBe(['.s .a{color:red}', '@media (max-width: 600px){.s .b{width:50px}}', '.s .c{background:url("https://img/x.png")}', '.s .e{content:"\\e600"}', '.s .f{color:blue}'].join('\n'));
  });

  it('puts the page WXSS after the base styles, under one scope class', () => {
    const html = toHtml([], { wxss: '.x{color:red}', scopeClass: 'mine' });
    expect(html.startsWith('<div class="agentos-wx mine"><style>.mine{')).toBe(true);
    expect(html).toContain('.mine .x{color:red}</style></div>');
  });
});
