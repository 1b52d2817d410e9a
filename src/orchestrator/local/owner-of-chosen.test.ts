import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import type { Transcript } from '../planner.ts';
import { fillArgs } from './fill-args.ts';
import { newGoal } from './goals.ts';
import { ownerOfChosen } from './owner-of-chosen.ts';

const tool = (api: string, inputSchema: Tool['inputSchema'], readOnly = false): Tool => ({
  id: `spa.${api}`, appId: 'spa', appName: '汤泉', version: 'v1', skill: 'skills/s', api, description: '', inputSchema,
  ...(readOnly ? { annotations: { readOnlyHint: true } } : {}), siblings: ['listSpas', 'bookRoom'],
});
const listSpas = tool('listSpas', { type: 'object', properties: { city: { type: 'string' } } }, true);
const bookRoom = tool('bookRoom', {
  type: 'object', required: ['spaId', 'roomId'],
  properties: { spaId: { type: 'string', description: '门店ID，来自 listSpas' }, roomId: { type: 'string', description: '包间ID，来自 listSpas' } },
});
const spas: Transcript = {
  role: 'tool-result', callId: 'r', toolId: 'spa.listSpas', isError: false, content: '',
  structuredContent: {
    spas: [
      { spaId: 'S1', name: '松风汤泉·河东店', rooms: [{ roomId: 'S1-A', name: '标准包间' }, { roomId: 'S1-B', name: '庭院包间' }] },
      { spaId: 'S2', name: '松风汤泉·河西店', rooms: [{ roomId: 'S2-A', name: '标准包间' }, { roomId: 'S2-C', name: '竹林包间' }, { roomId: 'S2-D', name: '湖景包间' }] },
    ],
  },
};
const filled = (text: string, spaId?: string) => {
  const goal = newGoal(text, bookRoom);
  if (spaId) Object.assign(goal, { args: { spaId }, decided: ['spaId'] });
  const siblings = [listSpas, bookRoom];
  const need = fillArgs(goal, { texts: [text], now: new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai', userCity: undefined, tool: bookRoom, transcript: [spas], siblings, sibling: (api) => siblings.find((t) => t.api === api) });
  return { args: goal.args, need: need.type === 'ask' ? need.ask.params : need.type };
};

describe('what the thing chosen belongs to', () => {
  it('is the place meant where the request names only a thing one place has (「竹林包间」 of two spas)', () => {
    expect(filled('订个竹林包间，周六下午')).toEqual({ args: { roomId: 'S2-C', spaId: 'S2' }, need: 'ready' });
  });

  it('leaves the place asked where what is named is at both, and the thing waits for it (no room of the other spa)', () => {
    expect(filled('订个标准包间，周六下午')).toEqual({ args: {}, need: ['spaId'] });
    expect(filled('订个标准包间，周六下午', 'S2')).toEqual({ args: { spaId: 'S2', roomId: 'S2-A' }, need: 'ready' });
  });

  it('leaves the place asked where the words name rooms of both, each by another name (「包间」 of 庭院包间 and 竹林包间)', () => {
    expect(filled('订个包间，周六下午')).toEqual({ args: {}, need: ['spaId'] });
  });

  it('fixes the place where the words tell the room apart from those of the other (「能看湖景的包间」)', () => {
    expect(filled('订个能看湖景的包间，周六下午')).toEqual({ args: { roomId: 'S2-D', spaId: 'S2' }, need: 'ready' });
  });

  it('reads the room named in English by the kind every name ends in and the words that tell one apart ("the lake-view room")', () => {
    expect(filled('Book the lake-view room for Saturday afternoon')).toEqual({ args: { roomId: 'S2-D', spaId: 'S2' }, need: 'ready' });
  });

  it('says nothing where nothing chosen names an owner, or what is chosen names two', () => {
    const candidates = [{ id: 'S1', names: ['河东店'] }, { id: 'S2', names: ['河西店'] }];
    expect(ownerOfChosen('spaId', {}, [spas], candidates)).toBeUndefined();
    expect(ownerOfChosen('spaId', { roomId: 'S2-C' }, [spas], candidates)?.id).toBe('S2');
    expect(ownerOfChosen('spaId', { roomId: 'S2-C', otherId: 'S1-B' }, [spas], candidates)).toBeUndefined();
  });
});

describe('an owner', () => {
  it('is one the act takes by its ID: a store named is chosen though the act also takes an address and each store lists its own', () => {
    const listStores = tool('listStores', { type: 'object', properties: {} }, true);
    const order = tool('order', { type: 'object', required: ['storeId'], properties: { storeId: { type: 'string', description: '门店ID，来自 listStores' }, address: { type: 'string', description: '外送地址' } } });
    const stores: Transcript = { role: 'tool-result', callId: 's', toolId: 'spa.listStores', isError: false, content: '', structuredContent: { stores: [{ storeId: 'A', name: '河东店', address: '河东路1号' }, { storeId: 'B', name: '河西店', address: '河西路2号' }] } };
    const text = '河东店有没有桂花乌龙？没有的话就在河西店买一罐';
    const goal = newGoal(text, order);
    const siblings = [listStores, order];
    fillArgs(goal, { texts: ['河东店有没有桂花乌龙？', text], now: new Date(), timeZone: 'Asia/Shanghai', userCity: undefined, tool: order, transcript: [stores], siblings, sibling: (api) => siblings.find((t) => t.api === api) });
    expect(goal.args.storeId).toBe('A');
  });
});
