import { describe, expect, it } from 'vitest';
import { parseWxml, renderWxml, toText, type UiNode } from './index.ts';
import { displayWidth, wrapLine } from './text-width.ts';

function render(source: string, data: Record<string, unknown> = {}): UiNode[] {
  const parsed = parseWxml(source, 'pages/t/t.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data);
}

describe('toText', () => {
  it('writes controls as markers, in Chinese for a Chinese page and English otherwise', () => {
    const controls = '<image src="x"/><button bindtap="a">{{label}}</button><input placeholder="{{hint}}"/><switch checked/><picker range="{{r}}" value="{{1}}"/><slider value="{{30}}"/><checkbox checked/>{{label}}<radio/>{{hint}}';
    expect(toText(render(controls, { label: '确定', hint: '请输入', r: ['甲', '乙'] }))).toBe('[图片]\n[按钮 确定]\n[输入框 请输入]\n[开] [选择 乙 ▾] [滑块 30] [x] 确定 ( ) 请输入');
    expect(toText(render(controls, { label: 'OK', hint: 'Type here', r: ['a', 'b'] }))).toBe('[image]\n[button OK]\n[input Type here]\n[on] [select b ▾] [slider 30] [x] OK ( ) Type here');
    expect(toText(render('<button>OK</button>'), { lang: 'zh' })).toBe('[按钮 OK]');
  });

  it('puts one list item per line, even when the item has several blocks', () => {
    const source = '<view class="title">菜单</view><view class="item" wx:for="{{menu}}"><view class="name">{{item.name}}</view><view class="price">¥{{item.price}}</view><button size="mini" bindtap="add">加</button></view>';
    expect(toText(render(source, { menu: [{ name: '美式', price: 15 }, { name: '拿铁', price: 18 }, { name: '摩卡', price: 20 }] }))).toBe(
      ['菜单', '美式  ¥15  [按钮 加]', '拿铁  ¥18  [按钮 加]', '摩卡  ¥20  [按钮 加]'].join('\n'),
    );
  });

  it('numbers the actions when asked, as listActions orders them', () => {
    const tree = render('<view>选择门店</view><navigator url="/a">一号店</navigator><view bindtap="pick">二号店</view><button bindtap="ok">确定</button>');
    expect(toText(tree, { numbered: true })).toBe('选择门店\n[#1] 一号店 ›\n[#2] 二号店\n[#3 按钮 确定]');
  });

  it('fits 80 columns, counting Chinese characters as two', () => {
    const long = '这是一段很长的中文说明文字，'.repeat(8);
    const text = toText(render('<view>{{long}}</view><view>{{english}}</view>', { long, english: 'word '.repeat(40) }));
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(text.replace(/\n/g, '')).toContain(long.slice(0, 20));
    expect(text.split('\n').filter((line) => line.startsWith('word')).every((line) => line.endsWith('word'))).toBe(true);
  });

  it('wraps at a space when it can and between characters when it must', () => {
    expect(wrapLine('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapLine('中文中文中文', 5)).toEqual(['中文', '中文', '中文']);
    expect(wrapLine('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('shows nothing for an empty tree', () => {
    expect(toText([])).toBe('');
  });
});
