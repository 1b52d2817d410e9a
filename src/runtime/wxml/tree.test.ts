import { describe, expect, it } from 'vitest';
import { collectFormValues, describeTree, findNode, listActions, nodeText, parseWxml, renderWxml, type UiNode } from './index.ts';

function render(source: string, data: Record<string, unknown> = {}): UiNode[] {
  const parsed = parseWxml(source, 'pages/form/form.wxml');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return renderWxml(parsed.value, data);
}

const FORM = `
<form bindsubmit="onSubmit">
  <view class="field"><text>收货人</text><input name="contact" value="{{contact}}" bindinput="onContact"/></view>
  <view class="field"><label for="phone">手机号</label><input id="phone" name="phone" type="number" placeholder="11 位手机号"/></view>
  <textarea name="note" placeholder="备注"/>
  <checkbox-group name="extras" bindchange="onExtras">
    <label wx:for="{{extras}}"><checkbox value="{{item.code}}" checked="{{item.on}}"/>{{item.name}}</label>
  </checkbox-group>
  <radio-group name="size"><radio value="M"/>中杯<radio value="L" checked/>大杯</radio-group>
  <switch name="invoice"/>
  <slider name="sugar" value="{{50}}"/>
  <picker name="store" range="{{stores}}" value="{{2}}" bindchange="onStore"><view>门店</view></picker>
  <picker name="day" mode="date" value="2024-06-01"><view>日期</view></picker>
  <button form-type="submit">提交订单</button>
  <button disabled bindtap="never">不可用</button>
</form>`;

const DATA = {
  contact: '张三',
  extras: [{ code: 'ice', name: '加冰', on: true }, { code: 'milk', name: '加奶', on: false }, { code: 'shot', name: '加浓', on: true }],
  stores: ['一号店', '二号店', '三号店'],
};

describe('reading a rendered page', () => {
  const tree = render(FORM, DATA);

  it('collects form values with WeChat types', () => {
    expect(collectFormValues(tree)).toEqual({
      contact: '张三', phone: '', note: '', extras: ['ice', 'shot'], size: 'L', invoice: false, sugar: 50, store: 2, day: '2024-06-01',
    });
  });

  it('finds nodes by path and nothing for a bad path', () => {
    expect(findNode(tree, '0.0.1')).toMatchObject({ kind: 'input', attrs: { name: 'contact' } });
    expect(findNode(tree, '0.99')).toBeUndefined();
    expect(findNode(tree, 'x.1')).toBeUndefined();
    expect(nodeText(findNode(tree, '0.3') as UiNode)).toBe('加冰 加奶 加浓');
  });

  it('lists actions with labels, names and handlers, leaving disabled ones out', () => {
    const actions = listActions(tree);
    expect(actions.map((action) => `${action.kind}:${action.label}:${action.name ?? ''}:${action.handler ?? ''}`)).toEqual([
      'input:收货人:contact:onContact',
      'input:手机号:phone:',
      'input:备注:note:',
      'toggle:加冰:extras:onExtras',
      'toggle:加奶:extras:onExtras',
      'toggle:加浓:extras:onExtras',
      'toggle:中杯:size:',
      'toggle:大杯:size:',
      'toggle:invoice:invoice:',
      'input:sugar:sugar:',
      'select:门店:store:onStore',
      'select:日期:day:',
      'submit:提交订单::onSubmit',
    ]);
    expect(actions[10]).toMatchObject({ options: ['一号店', '二号店', '三号店'], value: 2 });
  });

  it('describes Fact then Action with visible truncation', () => {
    const page = render('<view wx:for="{{50}}">第{{item}}行</view><button bindtap="more">更多</button>');
    const summary = describeTree(page, { maxFacts: 3 });
    expect(summary.text.split('\n')).toEqual([
      'Fact (页面内容):',
      '- 第0行',
      '- 第1行',
      '- 第2行',
      '- … 47 more lines not shown (还有 47 行未显示)',
      'Action (可执行操作):',
      '- [50] tap 「更多」 → more',
    ]);
    const chips = listActions(render('<text class="chip on" bindtap="pick">自取</text><text class="chip" bindtap="pick">外送</text>'));
    expect(chips.map((action) => action.selected)).toEqual([true, undefined]);
    expect(describeTree([]).text).toBe('Fact (页面内容):\n- (nothing / 无)\nAction (可执行操作):\n- (none / 无)');
  });
});
