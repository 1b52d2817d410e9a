import { describe, expect, it } from 'vitest';
import type { Goal } from './memo.ts';
import { newGoal } from './goals.ts';
import { splitRebook } from './rebook.ts';
import { testCatalog } from './test-catalog.ts';

const catalog = testCatalog([
  { appId: 'pool', appName: '蓝鲸游泳馆', api: 'listLanes', description: '查询泳道时段和余位。', readOnly: true },
  { appId: 'pool', appName: '蓝鲸游泳馆', api: 'reserveLane', description: '预约一个泳道时段。' },
  { appId: 'pool', appName: '蓝鲸游泳馆', api: 'cancelReservation', description: '取消泳道预约并退款。' },
]);

const made = (): Goal => ({ ...newGoal('周五晚上七点蓝鲸的泳道给我约两个人', catalog.tool('pool.reserveLane')!), status: 'done', answers: ['两个'] });
const undo = (text: string): Goal => newGoal(text, catalog.tool('pool.cancelReservation')!);

describe('cancel and book again in one message', () => {
  it('is the undo, then the booking undone made again with what is said now read first', () => {
    const [first, second, ...rest] = splitRebook(undo('周五临时有事，刚约的那个取消掉，改约周六晚上七点'), made(), catalog);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ toolId: 'pool.cancelReservation', text: '周五临时有事，刚约的那个取消掉' });
    expect(second).toMatchObject({ toolId: 'pool.reserveLane', text: '周五晚上七点蓝鲸的泳道给我约两个人', answers: ['改约周六晚上七点', '两个'], since: -1 });
    expect(splitRebook(undo('My friend bailed - cancel that and rebook it just for me'), made(), catalog).map((g) => g.toolId)).toEqual(['pool.cancelReservation', 'pool.reserveLane']);
  });

  it('leaves an undo alone where nothing is booked again', () => {
    expect(splitRebook(undo('刚约的那个取消掉，改天再说'), made(), catalog)).toHaveLength(1);
    expect(splitRebook(undo('cancel it please'), made(), catalog)).toHaveLength(1);
    const reserve = newGoal('改约周六晚上七点', catalog.tool('pool.reserveLane')!);
    expect(splitRebook(reserve, made(), catalog)).toEqual([reserve]);
  });
});
