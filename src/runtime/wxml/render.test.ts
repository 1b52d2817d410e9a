import { describe, expect, it } from 'vitest';
import { findNode, parseWxml, renderWxml, toText, type RenderOptions, type UiNode, type WxmlProblem } from './index.ts';

function render(source: string, data: Record<string, unknown> = {}, options: RenderOptions = {}): UiNode[] {
  const parsed = parseWxml(source, 'pages/test/test.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data, options);
}
const text = (source: string, data: Record<string, unknown> = {}): string => toText(render(source, data));
const at = (tree: UiNode[], path: string): UiNode => {
  const node = findNode(tree, path);
  if (!node) throw new Error(`no node at ${path}`);
  return node;
};

describe('renderWxml directives', () => {
  it('wx:if / wx:elif / wx:else pick one branch', () => {
    const source = '<view wx:if="{{n > 10}}">big</view><view wx:elif="{{n > 5}}">medium</view><view wx:elif="{{n > 0}}">small</view><view wx:else>none</view>';
    expect(text(source, { n: 20 })).toBe('big');
    expect(text(source, { n: 7 })).toBe('medium');
    expect(text(source, { n: 1 })).toBe('small');
    expect(text(source, { n: 0 })).toBe('none');
    expect(text(source, {})).toBe('none');
  });

  it('a string "false" is true, as in WeChat; {{false}} is false', () => {
    expect(text('<view wx:if="false">shown</view>')).toBe('shown');
    expect(text('<view wx:if="{{false}}">hidden</view>')).toBe('');
    expect(text('<view wx:if="{{false}} ">space makes a string</view>')).toBe('space makes a string');
  });

  it('chains restart after an unrelated sibling', () => {
    const source = '<view wx:if="{{a}}">A</view><view wx:else>not A</view><view wx:if="{{b}}">B</view><view wx:else>not B</view>';
    expect(text(source, { a: true, b: false })).toBe('A\nnot B');
  });

  it('wx:for walks arrays with item and index', () => {
    const tree = render('<view wx:for="{{list}}" wx:key="id">{{index}}:{{item.name}}</view>', { list: [{ id: 1, name: '甲' }, { id: 2, name: '乙' }] });
    expect(tree.map((node) => toText([node]))).toEqual(['0:甲', '1:乙']);
    expect(tree.map((node) => node.path)).toEqual(['0', '1']);
  });

  it('wx:for-item and wx:for-index rename, and nested loops see outer names', () => {
    const source = '<view wx:for="{{rows}}" wx:for-item="row" wx:for-index="r"><text wx:for="{{row}}" wx:for-item="cell">{{r}}{{cell}} </text></view>';
    expect(text(source, { rows: [['a', 'b'], ['c']] })).toBe('0a 0b\n1c');
  });

  it('wx:for walks a number, a string and an object', () => {
    expect(text('<text wx:for="{{3}}">{{item}}</text>')).toBe('0 1 2');
    expect(text('<text wx:for="abc">{{index}}{{item}}</text>')).toBe('0a 1b 2c');
    expect(text('<view wx:for="{{prices}}">{{index}}={{item}}</view>', { prices: { tea: 12, coffee: 18 } })).toBe('tea=12\ncoffee=18');
    expect(text('<view wx:for="{{missing}}">x</view>')).toBe('');
  });

  it('wx:for with wx:if filters each item', () => {
    expect(text('<view wx:for="{{[1,2,3,4]}}" wx:if="{{item % 2 == 0}}">{{item}}</view>')).toBe('2\n4');
  });

  it('<block> renders only its children, with wx:if and wx:for', () => {
    const tree = render('<view><block wx:for="{{[1,2]}}"><text>a{{item}}</text><text>b{{item}}</text></block><block wx:if="{{false}}">no</block></view>');
    expect(at(tree, '0').children.map((child) => toText([child]))).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('hidden drops the node', () => {
    expect(text('<view hidden="{{true}}">x</view><view hidden="{{false}}">y</view><view hidden>z</view>')).toBe('y');
  });

  it('maps tags to neutral kinds and keeps the tag', () => {
    const tree = render('<view><text>t</text><image src="https://x/y.png"/><button>b</button><input/><textarea/><switch/><slider/><icon type="success"/><scroll-view/><swiper><swiper-item>s</swiper-item></swiper><video src="v"/><cover-view>c</cover-view><checkbox-group><checkbox/></checkbox-group></view>');
    expect(at(tree, '0').children.map((child) => `${child.kind}:${child.tag}`)).toEqual([
      'text:text', 'image:image', 'button:button', 'input:input', 'textarea:textarea', 'switch:switch', 'slider:slider',
      'icon:icon', 'scroll-view:scroll-view', 'swiper:swiper', 'unknown:video', 'view:cover-view', 'view:checkbox-group',
    ]);
  });

  it('maps bind/catch events to handler names', () => {
    const [node] = render('<view bindtap="onTap" catch:longpress="onLong" bind:input="onInput" mut-bind:change="onChange" capture-bind:touchstart="onTouch" catchtap="">x</view>');
    expect(node?.events).toEqual({ tap: 'onTap', longpress: 'onLong', input: 'onInput', change: 'onChange', touchstart: 'onTouch' });
  });

  it('evaluates a handler name given by data', () => {
    expect(render('<button bindtap="{{handler}}">x</button>', { handler: 'pick' })[0]?.events.tap).toBe('pick');
  });

  it('camel-cases data-* into the dataset and keeps the evaluated types', () => {
    const [node] = render('<view data-order-id="{{id}}" data-qty="{{2}}" data-fooBar="x" data-item="{{item}}" data-label="a{{id}}">x</view>', { id: 7, item: { k: 1 } });
    expect(node?.dataset).toEqual({ orderId: 7, qty: 2, foobar: 'x', item: { k: 1 }, label: 'a7' });
  });

  it('evaluates classes, style, id and attributes with their types', () => {
    const [node] = render('<view id="row-{{i}}" class="row {{active ? \'on\' : \'\'}}" style="width: {{w}}rpx; color: red" aria-hidden="{{false}}" data-x="1">x</view>', { i: 3, active: true, w: 100 });
    expect(node).toMatchObject({ classes: ['row', 'on'], style: 'width: 100rpx; color: red', attrs: { id: 'row-3', 'aria-hidden': false } });
  });

  it('keeps what the page operator needs from controls', () => {
    const tree = render(
      '<form bindsubmit="onSubmit"><label for="p">手机</label><input id="p" name="phone" type="number" placeholder="手机号" value="{{phone}}" maxlength="{{11}}"/><picker name="size" mode="selector" range="{{sizes}}" range-key="label" value="{{1}}" bindchange="onSize"><view>{{sizes[1].label}}</view></picker><navigator url="/pages/detail/detail?id={{id}}">详情</navigator><button form-type="submit">提交</button></form>',
      { phone: '138', sizes: [{ label: '中杯' }, { label: '大杯' }], id: 9 },
    );
    const form = at(tree, '0');
    expect(form.events).toEqual({ submit: 'onSubmit' });
    expect(at(tree, '0.0').attrs).toEqual({ for: 'p' });
    expect(at(tree, '0.1').attrs).toEqual({ id: 'p', name: 'phone', type: 'number', placeholder: '手机号', value: '138', maxlength: 11 });
    expect(at(tree, '0.2')).toMatchObject({ kind: 'picker', attrs: { name: 'size', mode: 'selector', 'range-key': 'label', value: 1 }, options: ['中杯', '大杯'], events: { change: 'onSize' } });
    expect(at(tree, '0.3').attrs.url).toBe('/pages/detail/detail?id=9');
    expect(at(tree, '0.4').attrs['form-type']).toBe('submit');
  });

  it('collapses whitespace in text and keeps line breaks of data inside <text>', () => {
    const tree = render('<view>\n   多个   空格\n  {{a}} </view><text>{{note}}</text>', { a: 'x\n  y', note: '第一行\n第二行' });
    expect(at(tree, '0.0').text).toBe(' 多个 空格 x y ');
    expect(at(tree, '1.0').text).toBe('第一行\n第二行');
  });

  it('renders Chinese text and values', () => {
    expect(text('<view>您好，{{user.name}}！您有 {{count}} 张优惠券</view>', { user: { name: '王小二' }, count: 2 })).toBe('您好，王小二！您有 2 张优惠券');
  });

  it('gives stable paths', () => {
    const tree = render('<view><view wx:if="{{a}}">a</view><view><button bindtap="go">b</button></view></view>', { a: true });
    expect(at(tree, '0.1.0')).toMatchObject({ kind: 'button', path: '0.1.0', events: { tap: 'go' } });
  });

  it('turns <rich-text> nodes into neutral children, dropping scripts', () => {
    const tree = render('<rich-text nodes="{{html}}"/><rich-text nodes="{{list}}"/>', {
      html: '<p>第一段<b>加粗</b></p><script>alert(1)</script><img src="https://a/b.png" onerror="x()">',
      list: [{ name: 'div', attrs: { class: 'c', style: 'color:red' }, children: [{ type: 'text', text: 'hi' }] }],
    });
    expect(at(tree, '0').children.map((child) => `${child.kind}:${child.tag}`)).toEqual(['view:p', 'image:img']);
    expect(toText([at(tree, '0.0')])).toBe('第一段 加粗');
    expect(at(tree, '0.1').attrs).toEqual({ src: 'https://a/b.png' });
    expect(at(tree, '1.0')).toMatchObject({ tag: 'div', classes: ['c'], style: 'color:red' });
  });

  it('tells problems and renders the rest', () => {
    const problems: WxmlProblem[] = [];
    const tree = render('<view>ok</view><template is="missing"/><include src="nowhere.wxml"/>', {}, { onProblem: (p) => problems.push(p) });
    expect(toText(tree)).toBe('ok');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('no template named "missing"'),
      expect.stringContaining('file pages/test/nowhere.wxml not found'),
    ]);
    expect(problems[0]).toMatchObject({ file: 'pages/test/test.wxml', line: 1 });
  });

  it('cuts output at maxNodes with a visible note', () => {
    const problems: WxmlProblem[] = [];
    const tree = render('<view wx:for="{{50}}">{{item}}</view>', {}, { maxNodes: 10, onProblem: (p) => problems.push(p) });
    expect(tree.length).toBe(6);
    expect(tree.at(-1)?.text).toContain('truncated');
    expect(problems[0]?.message).toContain('more than 10 nodes');
  });
});
