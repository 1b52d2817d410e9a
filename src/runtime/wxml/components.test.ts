import { describe, expect, it } from 'vitest';
import { findNode, parseWxml, renderWxml, toText, type WxmlComponent, type WxmlNode } from './index.ts';

const parse = (source: string, file: string): WxmlNode[] => {
  const parsed = parseWxml(source, file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

const productCard: WxmlComponent = {
  nodes: parse(
    '<view class="product"><text class="name">{{title}}</text><text wx:if="{{showPrice}}">¥{{price.toFixed(2)}}</text><text>{{count}} 件</text><button bindtap="onAdd" data-id="{{productId}}">加入</button><slot name="badge"/><slot/></view>',
    'components/product/product.wxml',
  ),
  data: { count: 0 },
  properties: { title: 'String', price: { type: 'Number', value: 0 }, showPrice: { type: 'Boolean', value: true }, productId: 'String' },
};

const list: WxmlComponent = {
  nodes: parse('<view class="list"><product-card wx:for="{{items}}" title="{{item.name}}" price="{{item.price}}" product-id="{{item.id}}"/></view>', 'components/list/list.wxml'),
  properties: { items: { type: 'Array', value: [] } },
};

describe('custom components', () => {
  it('renders the template with properties from attributes, converted to their declared types', () => {
    const page = parse('<product-card title="拿铁" price="18" show-price="{{true}}" product-id="p1" class="card" bind:add="onAdded" data-from="page"/>', 'pages/menu/menu.wxml');
    const tree = renderWxml(page, {}, { components: { 'product-card': productCard } });
    const host = tree[0];
    expect(host).toMatchObject({ kind: 'view', tag: 'product-card', classes: ['card'], events: { add: 'onAdded' }, dataset: { from: 'page' } });
    expect(toText(tree)).toBe('拿铁 ¥18.00 0 件\n[按钮 加入]');
    expect(findNode(tree, '0.0.3')).toMatchObject({ kind: 'button', events: { tap: 'onAdd' }, dataset: { id: 'p1' }, owner: '0' });
    expect(host?.owner).toBeUndefined();
  });

  it('uses property defaults and component data when attributes are absent', () => {
    const tree = renderWxml(parse('<product-card title="茶"/>', 'p.wxml'), {}, { components: { 'product-card': productCard } });
    expect(toText(tree)).toBe('茶 ¥0.00 0 件\n[按钮 加入]');
  });

  it('converts Boolean property text as WeChat does', () => {
    const tree = renderWxml(parse('<product-card title="茶" show-price="false"/>', 'p.wxml'), {}, { components: { 'product-card': productCard } });
    expect(toText(tree)).not.toContain('¥');
  });

  it('fills named and default slots with content rendered in the page scope', () => {
    const page = parse('<product-card title="{{name}}"><text slot="badge">新品</text><view bindtap="more">{{note}}</view></product-card>', 'p.wxml');
    const tree = renderWxml(page, { name: '摩卡', note: '限时' }, { components: { 'product-card': productCard } });
    expect(toText(tree)).toBe('摩卡 ¥0.00 0 件\n[按钮 加入]\n新品\n限时');
    const slotted = findNode(tree, '0.0.5');
    expect(slotted?.events).toEqual({ tap: 'more' });
    expect(slotted?.owner).toBeUndefined();
  });

  it('nests components, each handler owned by its own instance', () => {
    const page = parse('<item-list items="{{goods}}"/>', 'p.wxml');
    const tree = renderWxml(page, { goods: [{ id: 'a', name: '美式', price: 15 }, { id: 'b', name: '拿铁', price: 18 }] }, { components: { 'item-list': { ...list, components: { 'product-card': productCard } } } });
    expect(toText(tree)).toContain('美式 ¥15.00');
    expect(toText(tree)).toContain('拿铁 ¥18.00');
    expect(findNode(tree, '0.0.1.0.3')).toMatchObject({ tag: 'button', owner: '0.0.1', dataset: { id: 'b' } });
  });

  it('stops a component that contains itself', () => {
    const self: WxmlComponent = { nodes: parse('<view>me<self-ref/></view>', 'c.wxml') };
    const messages: string[] = [];
    renderWxml(parse('<self-ref/>', 'p.wxml'), {}, { components: { 'self-ref': self }, onProblem: (p) => messages.push(p.message) });
    expect(messages.some((m) => m.includes('components nested deeper'))).toBe(true);
  });
});
