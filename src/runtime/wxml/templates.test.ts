import { describe, expect, it } from 'vitest';
import { parseWxml, renderWxml, toText, type RenderOptions, type UiNode, type WxmlProblem } from './index.ts';

function render(source: string, data: Record<string, unknown> = {}, options: RenderOptions = {}): UiNode[] {
  const parsed = parseWxml(source, options.file ?? 'pages/shop/shop.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data, options);
}

const files: Record<string, string> = {
  'common/item.wxml': '<import src="./deep.wxml"/><template name="item"><view class="item">{{name}} ¥{{price}}</view></template><template name="uses-deep"><template is="deep"/></template>',
  'common/deep.wxml': '<template name="deep"><text>deep</text></template>',
  'common/header.wxml': '<template name="not-included"><text>no</text></template><view class="header">{{title}}</view><wxs module="m">module.exports = {};</wxs>',
  'pages/shop/footer.wxml': '<view>页脚 {{shop.name}}</view>',
};
const resolve = (path: string): string | undefined => files[path];

describe('templates', () => {
  it('renders a template with data given by spread and shorthand', () => {
    const source = '<template name="staff"><view>{{firstName}} {{lastName}} #{{index}}</view></template><template is="staff" data="{{...staffA, index}}"/><template is="staff" data="{{firstName: \'Li\', lastName: \'Lei\', index: 2}}"/>';
    expect(toText(render(source, { staffA: { firstName: 'Hulk', lastName: 'Hu' }, index: 1 }))).toBe('Hulk Hu #1\nLi Lei #2');
  });

  it('gives a template only the data passed to it', () => {
    const source = '<template name="t"><view>[{{secret}}][{{item}}]</view></template><template is="t" data="{{item}}"/>';
    expect(toText(render(source, { secret: 's', item: 'i' }))).toBe('[][i]');
  });

  it('chooses the template by expression, inside wx:for', () => {
    const source = '<template name="odd"><text>odd</text></template><template name="even"><text>even</text></template><block wx:for="{{[1, 2, 3]}}"><template is="{{item % 2 == 0 ? \'even\' : \'odd\'}}"/></block>';
    expect(toText(render(source))).toBe('odd even odd');
  });

  it('finds templates of imported files, but not what those files import', () => {
    const problems: WxmlProblem[] = [];
    const source = '<import src="/common/item.wxml"/><template is="item" data="{{...goods}}"/><template is="uses-deep"/><template is="deep"/>';
    const tree = render(source, { goods: { name: '拿铁', price: 18 } }, { resolve, onProblem: (p) => problems.push(p) });
    expect(toText(tree)).toBe('拿铁 ¥18\ndeep');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('no template named "deep"');
  });

  it('resolves import paths relative to the file', () => {
    const tree = render('<import src="../../common/item"/><template is="item" data="{{name: \'茶\', price: 9}}"/>', {}, { resolve });
    expect(toText(tree)).toBe('茶 ¥9');
  });

  it('includes a file in the same scope, without its templates and wxs', () => {
    const tree = render('<include src="/common/header.wxml"/><include src="footer.wxml"/>', { title: '菜单', shop: { name: '一号店' } }, { resolve });
    expect(toText(tree)).toBe('菜单\n页脚 一号店');
    expect(tree.map((node) => node.classes[0])).toEqual(['header', undefined]);
  });

  it('stops a template that renders itself, and says so', () => {
    const problems: WxmlProblem[] = [];
    const tree = render('<template name="loop"><view>x<template is="loop"/></view></template><template is="loop"/>', {}, { onProblem: (p) => problems.push(p) });
    expect(toText(tree).split('\n').length).toBeGreaterThan(1);
    expect(problems.some((p) => p.message.includes('nested deeper'))).toBe(true);
  });

  it('reports an included file that does not parse', () => {
    const problems: WxmlProblem[] = [];
    render('<include src="broken.wxml"/>', {}, { resolve: () => '<view>', onProblem: (p) => problems.push(p) });
    expect(problems[0]?.message).toMatch(/pages\/shop\/broken\.wxml line 1: <view> opened at line 1 is never closed/);
  });

  it('refuses paths that climb out of the package', () => {
    const problems: WxmlProblem[] = [];
    render('<include src="../../../etc/passwd"/>', {}, { resolve: () => 'secret', onProblem: (p) => problems.push(p) });
    expect(problems[0]?.message).toContain('not found');
  });
});
