import { describe, expect, it } from 'vitest';
import { limitAsked } from './limits-said.ts';

// an invented ferry's skill document
const docs = [`# 海湾轮渡
## 可以做
- 买船票（普通舱 / 观景舱，一单最多 6 张），可随票加购餐食、行李托运；
- 查看我的船票。
## 不在范围内
- 餐食单独购买：餐食只能随船票一起下单。
- 指定铺位号：系统自动分配，不能指定铺位号。
- 其他航运公司的船票：如实说明不支持。`];

describe('whether a thing may be done, where the skill states a limit', () => {
  it('answers with the limit that shares the rarest words with the question', () => {
    expect(limitAsked('餐食能单独买吗？我不坐船', docs)).toBe('餐食单独购买：餐食只能随船票一起下单。');
    expect(limitAsked('可以自己选铺位号吗', docs)).toBe('指定铺位号：系统自动分配，不能指定铺位号。');
  });

  it('leaves a request, a question of another kind and a thing no limit names to the calls', () => {
    expect(limitAsked('能帮我买两张明天的船票吗', docs)).toBeUndefined();
    expect(limitAsked('餐食多少钱', docs)).toBeUndefined();
    expect(limitAsked('能看看我的船票吗', docs)).toBeUndefined();
    // (a price asked beside it is the list's; a line that tells the model what to say is none; one common word is not enough)
    expect(limitAsked('餐食单买多少钱？不买票能只买餐食吗', docs)).toBeUndefined();
    expect(limitAsked('能买别的航运公司的船票吗', docs)).toBeUndefined();
    expect(limitAsked('坐船的时候能顺便买点吃的不', docs)).toBeUndefined();
  });
});
