import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { packsFor, piecesPerPack } from './pieces-to-packs.ts';

// an invented herb counter that sells tea bags twenty to a box and thermometers one at a time
const teaBags = { id: 't1', names: ['菊花茶包'], fields: { spec: '2g×20袋/盒' } };
const thermometer = { id: 't2', names: ['电子体温计'], fields: { spec: '腋下测温，1支' } };

describe('pieces counted of a thing sold in packs', () => {
  it('reads how many one pack holds from what the list says of it', () => {
    expect(piecesPerPack(teaBags)).toEqual({ count: 20, piece: '袋', pack: '盒' });
    expect(piecesPerPack(thermometer)).toBeUndefined();
  });

  it('orders the packs that hold them, rounded up', () => {
    expect(packsFor(teaBags, '菊花茶包要50袋', 50, false)).toBe(3);
    expect(packsFor(teaBags, '40 chrysanthemum tea bags', 40, false)).toBe(2);
    // (one each for many people: pieces)
    expect(packsFor(teaBags, '30个人，一人一袋', 30, true)).toBe(2);
  });

  it('leaves a count of packs, a small count without a piece word, and a thing sold one by one as said', () => {
    expect(packsFor(teaBags, '菊花茶包两盒', 2, false)).toBeUndefined();
    expect(packsFor(teaBags, '来两个菊花茶包', 2, false)).toBeUndefined();
    expect(packsFor(thermometer, '电子体温计要3支', 3, false)).toBeUndefined();
  });
});

describe('an order of pieces "one each"', () => {
  const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
    id: `herb.${api}`, appId: 'herb', appName: '草本堂', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
    ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listGoods', 'order'],
  });
  const listGoods = tool('listGoods', { type: 'object', properties: {} }, true);
  const order = tool('order', { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { type: 'object', properties: { goodsId: { type: 'string', description: '商品ID，来自 listGoods' }, qty: { type: 'integer' } } } } } });
  const goods: Transcript = { role: 'tool-result', callId: 'r', toolId: 'herb.listGoods', isError: false, content: '', structuredContent: { goods: [{ goodsId: 't1', name: '菊花茶包', nameEn: 'Chrysanthemum tea bags', spec: '2g×20袋/盒' }, { goodsId: 't2', name: '电子体温计', spec: '1支' }] } };
  const lines = (text: string) => {
    const goal = newGoal('', order);
    const siblings = [listGoods, order];
    fillArgs(goal, { texts: [text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [goods], siblings, sibling: (api: string) => siblings.find((t) => t.api === api) });
    return goal.args.items;
  };

  it('counts one piece for each person, said in a clause of its own, in the packs that hold them', () => {
    expect(lines('Chrysanthemum tea bags for 30 people, one apiece')).toEqual([{ goodsId: 't1', qty: 2 }]);
    expect(lines('公司45个人要菊花茶包，一人一袋')).toEqual([{ goodsId: 't1', qty: 3 }]);
  });
});
