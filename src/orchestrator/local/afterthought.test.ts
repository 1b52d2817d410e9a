import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { applyAfterthought, splitAfterthought } from './afterthought.ts';
import type { FillEnv } from './fill-args.ts';
import type { Goal } from './memo.ts';

const tool: Tool = {
  id: 'tidy.bookVisit', appId: 'tidy', appName: '小蜜蜂家政', version: 'v1', skill: 'skills/s', api: 'bookVisit', siblings: ['bookVisit'],
  description: '预约上门整理收纳。',
  inputSchema: {
    type: 'object',
    properties: {
      time: { type: 'string', enum: ['08:00', '10:00', '14:00'], description: '上门时间：08:00=早上八点，10:00=上午十点，14:00=下午两点' },
      tasks: { type: 'array', items: { type: 'string', enum: ['closet', 'fridge', 'balcony'] }, description: '要做的项目：closet=衣柜整理，fridge=冰箱整理，balcony=阳台整理' },
      seat: { type: 'string', enum: ['plain', 'gold'], description: '服务等级：plain=普通，gold=金牌阿姨。没提时用 plain。' },
    },
    required: ['time', 'tasks', 'seat'],
  },
};

const env = (texts: string[]): FillEnv => ({
  texts, now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'Asia/Shanghai', userCity: undefined,
  tool, transcript: [], sibling: () => undefined, siblings: [tool],
});

const goal = (): Goal => ({
  text: '明天上午十点来整理衣柜', toolId: tool.id, args: { time: '10:00', tasks: ['closet'], seat: 'plain' }, decided: ['time', 'tasks', 'seat'],
  answers: [], status: 'open', attempts: 0, wanted: [],
});

describe('something added after an answer', () => {
  it('is told apart from the answer by the word that turns to it', () => {
    expect(splitAfterthought('去公司那边。对了，阳台也顺手整理一下')).toEqual({ answer: '去公司那边', afterthought: '阳台也顺手整理一下' });
    expect(splitAfterthought('Two of us. Oh, and by the way, make it 8am')).toEqual({ answer: 'Two of us', afterthought: 'make it 8am' });
    expect(splitAfterthought('还有吗')).toEqual({ answer: '还有吗' });
    expect(splitAfterthought('去公司那边')).toEqual({ answer: '去公司那边' });
  });

  it('takes the place of a value decided before', () => {
    const g = goal();
    g.answers = ['时间改成早上八点吧'];
    applyAfterthought(g, '时间改成早上八点吧', env(['时间改成早上八点吧', g.text]));
    expect(g.args).toEqual({ time: '08:00', tasks: ['closet'], seat: 'plain' });
  });

  it('adds a thing to those asked for where it says so, and leaves defaults alone', () => {
    const g = goal();
    applyAfterthought(g, '冰箱整理也顺手做一下', env(['冰箱整理也顺手做一下', g.text]));
    expect(g.args).toEqual({ time: '10:00', tasks: ['closet', 'fridge'], seat: 'plain' });
  });

  it('from a whole answer, changes only what was taken by default, never what the user said', () => {
    const g = goal();
    applyAfterthought(g, '早上八点也行，要金牌阿姨', env(['早上八点也行，要金牌阿姨', g.text]), { defaultsOnly: true });
    expect(g.args).toEqual({ time: '10:00', tasks: ['closet'], seat: 'gold' });
  });
});

describe('a whole answer read where the goal has chosen a parent', () => {
  const listHalls = { ...tool, id: 'arena.listHalls', api: 'listHalls', annotations: { readOnlyHint: true }, inputSchema: { type: 'object', properties: {} } } as Tool;
  const reserve: Tool = {
    ...tool, id: 'arena.reserve', api: 'reserve', siblings: ['listHalls', 'reserve'],
    inputSchema: {
      type: 'object', required: ['hallId', 'courtId'],
      properties: {
        hallId: { type: 'string', description: '场馆ID，来自 listHalls' },
        courtId: { type: 'string', description: '场地ID，来自 listHalls' },
        lights: { type: 'boolean', description: '是否开灯（lights）' },
      },
    },
  };
  const halls = {
    halls: [
      { hallId: 'N1', city: '北京', name: '北湖馆', courts: [{ courtId: 'N1-A', name: '标准场' }, { courtId: 'N1-B', name: '比赛场' }] },
      { hallId: 'S1', city: '上海', name: '南山馆', courts: [{ courtId: 'S1-A', name: '标准场' }, { courtId: 'S1-B', name: '比赛场' }] },
    ],
  };
  const arena = (texts: string[]): FillEnv => ({
    texts, now: new Date('2026-11-20T10:00:00+08:00'), timeZone: 'Asia/Shanghai', userCity: '北京', tool: reserve,
    transcript: [{ role: 'tool-result', callId: 'h', toolId: listHalls.id, isError: false, content: '', structuredContent: halls }],
    sibling: (api) => [listHalls, reserve].find((t) => t.api === api), siblings: [listHalls, reserve],
  });

  it('takes no child of another parent than the one chosen', () => {
    const g: Goal = { text: '订南山馆的场地', toolId: reserve.id, args: { hallId: 'S1' }, decided: ['hallId'], answers: [], status: 'open', attempts: 0, wanted: [] };
    applyAfterthought(g, '比赛场，开灯', arena(['比赛场，开灯', g.text]), { defaultsOnly: true });
    expect(g.args.courtId).not.toBe('N1-B');
    expect(g.args.lights).toBe(true);
  });
});
