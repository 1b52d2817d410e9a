import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { foundElsewhere, placeArgument, searchElsewhere } from './elsewhere.ts';
import type { Goal, LocalMemo } from './memo.ts';

// A bakery chain of the test's own: its shops (each says where it is), its cakes, and a search for a cake's batches.
const tool = (api: string, readOnly: boolean): Tool => ({
  id: `bakery.${api}`, appId: 'bakery', appName: '面包坊', version: 'v1', skill: 'skills/s', api, description: '', siblings: [],
  inputSchema: { type: 'object', properties: { shopId: { type: 'string' }, cakeId: { type: 'string' }, day: { type: 'string' } } },
  ...(readOnly ? { annotations: { readOnlyHint: true } } : {}),
});
const findBatches = tool('findBatches', true);
const transcript: Transcript[] = [
  { role: 'tool-result', callId: 'a', toolId: 'bakery.listShops', isError: false, content: '', structuredContent: { shops: [{ shopId: 's1', name: '河东店', address: '河东路1号' }, { shopId: 's2', name: '河西店', address: '河西路9号' }] } },
  { role: 'tool-result', callId: 'b', toolId: 'bakery.listCakes', isError: false, content: '', structuredContent: { cakes: [{ cakeId: 'k1', name: '栗子蛋糕' }] } },
];
const goal = (elsewhere: Goal['elsewhere']): Goal => ({ text: '河东店周六的栗子蛋糕来一个', toolId: 'bakery.order', args: {}, decided: [], answers: [], status: 'open', attempts: 0, wanted: [], asking: { params: [], kind: 'value' }, elsewhere });
const failed = { toolId: 'bakery.findBatches', arguments: { shopId: 's1', cakeId: 'k1', day: 'sat' } };

describe('placeArgument', () => {
  it('is the argument naming a listed thing that says where it is', () => {
    expect(placeArgument(failed.arguments, findBatches, [])).toBeUndefined();
    const lists = [[{ id: 's1', names: ['河东店'], fields: { address: '河东路1号' } }], [{ id: 'k1', names: ['栗子蛋糕'], fields: {} }]];
    expect(placeArgument(failed.arguments, findBatches, lists)).toEqual({ key: 'shopId', name: '河东店' });
    expect(placeArgument({ cakeId: 'k1' }, findBatches, lists)).toBeUndefined();
  });
});

describe('searchElsewhere, foundElsewhere', () => {
  it('searches again without the place, then says what it found there', () => {
    const memo: LocalMemo = { goals: [goal(failed)], cursor: 0 };
    expect(searchElsewhere(memo, transcript, (id) => (id === findBatches.id ? findBatches : undefined))).toEqual({ toolId: 'bakery.findBatches', arguments: { cakeId: 'k1', day: 'sat' } });
    const fresh: Transcript[] = [{ role: 'tool-result', callId: 'c', toolId: 'bakery.findBatches', isError: false, content: '河西店 周六 10:00 一批' }];
    expect(foundElsewhere(memo, fresh, (content) => content, 'zh')).toBe('河东店没有，别处有：\n河西店 周六 10:00 一批');
    expect(memo.goals[0]!.elsewhere).toBeUndefined();
  });

  it('leaves a search alone that named no place, or one that is not read-only', () => {
    const memo: LocalMemo = { goals: [goal({ toolId: 'bakery.findBatches', arguments: { cakeId: 'k1' } })], cursor: 0 };
    expect(searchElsewhere(memo, transcript, () => findBatches)).toBeUndefined();
    const acting: LocalMemo = { goals: [goal({ ...failed, toolId: 'bakery.bakeBatch' })], cursor: 0 };
    expect(searchElsewhere(acting, transcript, () => tool('bakeBatch', false))).toBeUndefined();
  });

  it('says nothing where the wider search found nothing either', () => {
    const memo: LocalMemo = { goals: [goal({ ...failed, place: '河东店' })], cursor: 0 };
    const fresh: Transcript[] = [{ role: 'tool-result', callId: 'c', toolId: 'bakery.findBatches', isError: true, content: '没有' }];
    expect(foundElsewhere(memo, fresh, (content) => content, 'en')).toBeUndefined();
  });
});
