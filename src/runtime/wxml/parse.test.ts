import { describe, expect, it } from 'vitest';
import { parseWxml, type WxmlElement, type WxmlNode } from './index.ts';

const parse = (source: string): WxmlNode[] => {
  const result = parseWxml(source, 'pages/index/index.wxml');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const element = (node: WxmlNode | undefined): WxmlElement => {
  if (node?.type !== 'element') throw new Error('expected an element');
  return node;
};
const problem = (source: string) => {
  const result = parseWxml(source, 'pages/bad.wxml');
  if (result.ok) throw new Error('expected a problem');
  return result.error;
};

describe('parseWxml', () => {
  it('keeps tags, attributes, text and the line of each node', () => {
    const [view] = parse('<view class="a">\n  <text>你好 {{name}}</text>\n\n  <button bindtap="go">去</button>\n</view>');
    const root = element(view);
    expect(root).toMatchObject({ name: 'view', attrs: { class: 'a' }, line: 1, file: 'pages/index/index.wxml' });
    expect(root.children.map((child) => element(child).name)).toEqual(['text', 'button']);
    expect(element(root.children[0]).children[0]).toMatchObject({ type: 'text', text: '你好 {{name}}', line: 2 });
    expect(element(root.children[1]).line).toBe(4);
  });

  it('accepts void tags self-closed, left open, or closed', () => {
    const nodes = parse('<view><input placeholder="a" /><image src="x"/><input placeholder="b"><icon type="success"></icon><text>t</text></view>');
    expect(element(nodes[0]).children.map((child) => element(child).name)).toEqual(['input', 'image', 'input', 'icon', 'text']);
  });

  it('reads a bare attribute as true', () => {
    expect(element(parse('<switch checked/>')[0]).attrs.checked).toBe('{{true}}');
  });

  it('lets expressions and wxs code hold < without breaking the markup', () => {
    const nodes = parse('<view wx:if="{{a<b}}">{{ a < b ? "x" : "y" }}</view>\n<wxs module="m">var f = function(a){ return a<1 }; module.exports = { f: f };</wxs>\n<view>after</view>');
    expect(element(nodes[0]).attrs['wx:if']).toBe('{{a<b}}');
    expect(element(nodes[0]).children[0]).toMatchObject({ text: '{{ a < b ? "x" : "y" }}' });
    expect(element(nodes[2])).toMatchObject({ name: 'view', line: 3 });
  });

  it('drops comments and whitespace-only text, decodes entities, keeps spaces inside <text>', () => {
    const nodes = parse('<!-- note -->\n<view>\n  <text> </text>&lt;b&gt;&nbsp;&amp;\n</view>');
    expect(nodes).toHaveLength(1);
    const view = element(nodes[0]);
    expect(element(view.children[0]).children[0]).toMatchObject({ text: ' ' });
    expect(view.children[1]).toMatchObject({ text: '<b>\u00a0&\n' });
  });

  it('keeps templates, imports and includes as elements for the renderer', () => {
    const nodes = parse('<import src="../common/item.wxml"/><template name="row"><view>{{x}}</view></template><include src="header"/>');
    expect(nodes.map((node) => element(node).name)).toEqual(['import', 'template', 'include']);
  });

  it('reports an unclosed tag with its line and a fix', () => {
    const error = problem('<view>\n  <view>\n</view>');
    expect(error).toMatchObject({ file: 'pages/bad.wxml', line: 1 });
    expect(error.message).toContain('<view> opened at line 1 is never closed');
    expect(error.fix).toContain('</view>');
  });

  it('reports a mismatched and a stray closing tag', () => {
    expect(problem('<view>\n<text>hi</view>').message).toMatch(/<text> opened at line 2 is not closed before <\/view> at line 2/);
    expect(problem('<view>\n</text></view>').message).toMatch(/<\/text> at line 2 does not match <view> opened at line 1/);
    expect(problem('<view/>\n</view>').message).toMatch(/<\/view> at line 2 has no opening tag/);
  });

  it('reports a malformed expression in text or attribute with its line', () => {
    const text = problem('<view>\n  {{ price * }}\n</view>');
    expect(text.line).toBe(2);
    expect(text.message).toMatch(/invalid expression .*price \*/);
    const attr = problem('<view>\n<view class="{{ a ? b }}"/></view>');
    expect(attr.line).toBe(2);
    expect(attr.message).toContain('class=');
    expect(problem('<view>{{ open </view>').message).toMatch(/without a closing/);
  });

  it('reports wx:elif or wx:else that follows no wx:if', () => {
    expect(problem('<view>\n  <view wx:elif="{{a}}"/>\n</view>')).toMatchObject({ line: 2 });
    expect(problem('<view wx:if="{{a}}"/><text>x</text><view wx:else/>').message).toContain('wx:else');
    expect(parseWxml('<view wx:if="{{a}}"/>\n\n<view wx:elif="{{b}}"/>\n<view wx:else/>').ok).toBe(true);
  });

  it('parses an empty file to nothing', () => {
    expect(parse('')).toEqual([]);
    expect(parse('  \n ')).toEqual([]);
  });
});
