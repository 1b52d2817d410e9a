import { describe, expect, it } from 'vitest';
import { amendsFailed } from './amend.ts';
import { newGoal } from './goals.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'ferry', appName: '渡轮', api: 'listSailings', description: '查询渡轮班次、舱位和余票 / ferry sailings, cabins and seats left', readOnly: true },
  { appId: 'ferry', appName: '渡轮', api: 'bookSeats', description: '订船票：选班次和舱位（普通座/客舱），每天都有 / book ferry seats on a sailing, regular or cabin, any day from Monday to Sunday' },
  { appId: 'bistro', appName: '小馆', api: 'reserveTable', description: '订餐厅座位：日期、时间、人数 / reserve a table at the bistro for a time and party size, Sunday brunch' },
  { appId: 'taxi', appName: '打车', api: 'callCar', description: '叫车：从哪到哪 / call a car from one place to another' },
]);

describe('what is said after a refused act', () => {
  const refused = () => ({ ...newGoal('Two regular seats on the 7:20 pm sailing on Saturday', catalog.tool('ferry.bookSeats')!), failed: true });

  it('goes on with it where it fits the act as well as any other service ("Oh no. Same time on Sunday then, still regular seats.")', () => {
    expect(amendsFailed(refused(), 'Oh no. Same time on Sunday then, still regular seats.', catalog)).toBe(true);
    expect(amendsFailed(refused(), '那就周日同一时间吧', catalog)).toBe(true);
  });

  it('starts anew where it clearly asks another service, and ends where it declines', () => {
    expect(amendsFailed(refused(), 'Never mind. Call me a car to the station instead', catalog)).toBe(false);
    expect(amendsFailed(refused(), '不用了，谢谢', catalog)).toBe(false);
  });
});
