import { describe, expect, it } from 'vitest';
import { collectFormValues, describeTree, findNode, nodeText, parseWxml, renderWxml, toHtml, toText, walkTree, type UiNode } from './index.ts';

/** An order confirmation card as a mini-program would ship it (WXML + WXSS), rendered with a result. */
const ORDER_CARD = `
<view class="order-card">
  <view class="header">
    <image class="logo" src="{{shop.logo}}" mode="aspectFit"/>
    <text class="shop">{{shop.name}}</text>
  </view>
  <view class="line" wx:for="{{lines}}" wx:key="ref">
    <text class="name">{{item.name}}</text>
    <text class="opts" wx:if="{{item.options.size}}">（{{item.options.size}}）</text>
    <text class="qty">×{{item.qty}}</text>
    <text class="amount">¥{{(item.unitPrice * item.qty).toFixed(2)}}</text>
  </view>
  <view class="coupon" wx:if="{{discount > 0}}">优惠 -¥{{discount.toFixed(2)}}</view>
  <view class="total">合计 <text class="sum">¥{{total.toFixed(2)}}</text></view>
  <view class="pickup">取餐方式：{{pickup === 'delivery' ? '外送' : '到店自取'}}</view>
  <form bindsubmit="onSubmit">
    <input name="remark" placeholder="备注（选填）" value="{{remark}}"/>
    <label><switch name="cutlery" checked="{{cutlery}}"/>需要餐具</label>
    <button class="pay" type="primary" form-type="submit" data-order-id="{{orderId}}">确认下单</button>
  </form>
  <button class="cancel" size="mini" bindtap="onCancel" data-order-id="{{orderId}}">取消</button>
</view>`;

const ORDER_WXSS = '.order-card { padding: 24rpx; } .line { display: flex; justify-content: space-between; } .sum { color: #e64340; font-size: 36rpx; }';

const RESULT = {
  orderId: 'ord_20240601_001',
  shop: { name: '街角咖啡', logo: 'https://img.example.com/logo.png' },
  lines: [
    { ref: 'latte', name: '拿铁', qty: 2, unitPrice: 18, options: { size: '大杯' } },
    { ref: 'cookie', name: '曲奇', qty: 1, unitPrice: 9.5, options: {} },
  ],
  discount: 3,
  total: 42.5,
  pickup: 'store',
  remark: '',
  cutlery: true,
};

function renderCard(data: Record<string, unknown> = RESULT): UiNode[] {
  const parsed = parseWxml(ORDER_CARD, 'skills/order/components/order-card/order-card.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data);
}

describe('an order confirmation card', () => {
  const tree = renderCard();

  it('renders into the neutral tree with lines, totals and tap targets', () => {
    const card = tree[0] as UiNode;
    expect(card).toMatchObject({ kind: 'view', classes: ['order-card'], path: '0' });
    const lines = card.children.filter((node) => node.classes.includes('line'));
    expect(lines.map(nodeText)).toEqual(['拿铁（大杯）×2 ¥36.00', '曲奇 ×1 ¥9.50']);
    expect(findNode(tree, '0.0.0')).toMatchObject({ kind: 'image', attrs: { src: 'https://img.example.com/logo.png', mode: 'aspectFit' } });
    const texts: string[] = [];
    walkTree(tree, (node) => {
      if (node.tag === '#text') texts.push(node.text ?? '');
    });
    expect(texts).toContain('¥42.50');
    expect(texts).toContain('优惠 -¥3.00');
    const pay = findNode(tree, '0.6.2');
    expect(pay).toMatchObject({ kind: 'button', attrs: { type: 'primary', 'form-type': 'submit' }, dataset: { orderId: 'ord_20240601_001' } });
    expect(findNode(tree, '0.7')).toMatchObject({ kind: 'button', events: { tap: 'onCancel' } });
  });

  it('reads as text for a terminal, one line per order line', () => {
    expect(toText(tree)).toBe(
      ['[图片] 街角咖啡', '拿铁（大杯）×2 ¥36.00', '曲奇 ×1 ¥9.50', '优惠 -¥3.00', '合计 ¥42.50', '取餐方式：到店自取', '[输入框 备注（选填）]', '[开] 需要餐具', '[按钮 确认下单]', '[按钮 取消]'].join('\n'),
    );
  });

  it('summarises Fact then Action for a planner', () => {
    const summary = describeTree(tree);
    expect(summary.facts).toEqual(['街角咖啡', '拿铁（大杯）×2 ¥36.00', '曲奇 ×1 ¥9.50', '优惠 -¥3.00', '合计 ¥42.50', '取餐方式：到店自取']);
    expect(summary.actions.map((action) => [action.kind, action.label, action.handler])).toEqual([
      ['input', '备注（选填）', undefined],
      ['toggle', '需要餐具', undefined],
      ['submit', '确认下单', 'onSubmit'],
      ['tap', '取消', 'onCancel'],
    ]);
    expect(summary.actions[2]).toMatchObject({ path: '0.6.2', form: '0.6' });
    expect(summary.text).toContain('- [0.6.2] submit 「确认下单」 → onSubmit');
  });

  it('collects the form as WeChat would submit it', () => {
    expect(collectFormValues(findNode(tree, '0.6') as UiNode)).toEqual({ remark: '', cutlery: true });
  });

  it('draws as scoped, interactive HTML', () => {
    const html = toHtml(tree, { wxss: ORDER_WXSS });
    expect(html).toMatch(/^<div class="agentos-wx agentos-wx-\w+"><style>/);
    expect(html).toContain('.order-card{padding:12px}');
    expect(html).toContain('.sum{color:#e64340;font-size:18px}');
    expect(html).toContain('<button type="button" class="wx-button pay" data-wx-type="primary" data-agentos-path="0.6.2" data-agentos-event="submit">确认下单</button>');
    expect(html).toContain('data-agentos-path="0.7" data-agentos-event="tap" data-agentos-handler="onCancel"');
    expect(html).toContain('<form method="dialog" class="wx-form" data-agentos-path="0.6" data-agentos-event="submit" data-agentos-handler="onSubmit">');
    expect(html).toContain('<input class="wx-input" type="text" name="remark" value="" placeholder="备注（选填）" data-agentos-path="0.6.0" data-agentos-event="input">');
    expect(html).toContain('src="https://img.example.com/logo.png"');
  });

  it('changes with the result: no discount, delivery, one line', () => {
    const other = renderCard({ ...RESULT, discount: 0, pickup: 'delivery', lines: [RESULT.lines[1]], total: 9.5 });
    const text = toText(other);
    expect(text).not.toContain('优惠');
    expect(text).toContain('取餐方式：外送');
    expect(text).toContain('合计 ¥9.50');
  });
});
