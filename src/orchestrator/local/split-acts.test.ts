import { describe, expect, it } from 'vitest';
import { newGoal } from './goals.ts';
import { splitActs } from './split-acts.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'gym', appName: '燃力健身', api: 'searchClasses', description: '查团课课表：按门店、类型、日期列出课程。', readOnly: true },
  { appId: 'gym', appName: '燃力健身', api: 'bookClass', description: '约一节团课，可用次卡扣次。用户说「帮我约明晚7点的搏击」时调用。' },
  { appId: 'gym', appName: '燃力健身', api: 'buyClassPack', description: '购买10次团课卡：生成待支付订单。用户说「买个次卡」「办一张十次卡」时调用。' },
  { appId: 'gym', appName: '燃力健身', api: 'cancelBooking', description: '取消一个团课预约。' },
]);
const goalOf = (text: string, api: string) => newGoal(text, catalog.tool(`gym.${api}`)!);

describe('two acts of one mini-program in one sentence', () => {
  it('makes one goal per act, in the order said, the second reading "it" as what the first made', () => {
    const goals = splitActs(goalOf('买张十次卡，用它给我约周二晚上的搏击，两个人', 'bookClass'), catalog);
    expect(goals.map((g) => g.toolId)).toEqual(['gym.buyClassPack', 'gym.bookClass']);
    expect(goals[1]!.text).toContain('十次卡');
    expect(goals[1]!.text).toContain('两个人');
  });

  it('keeps one act with its details together, and a question before an act is not a second act', () => {
    expect(splitActs(goalOf('帮我约周二晚上的搏击，两个人，靠前的位置', 'bookClass'), catalog)).toHaveLength(1);
    expect(splitActs(goalOf('周二晚上有搏击吗，有的话帮我约一节', 'bookClass'), catalog)).toHaveLength(1);
  });
});
