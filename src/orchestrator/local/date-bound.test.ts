import { describe, expect, it } from 'vitest';
import type { PlannerInput, Transcript } from '../planner.ts';
import { dateBoundLine, dateBoundSaid, lastDateAsked } from './date-bound.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

// an invented ferry's and pottery studio's documents
const ferry = [`# 海湾轮渡
## 规则
- ID 都必须来自接口返回。
- 日期按北京时间换算：“明天”加一天。船票只卖到 2027-03-14，之后的班次还没开售。`];
const studio = ['## 约课\n- 目前只开放 3月10日 至 3月16日 的课，需至少提前 2 小时预约。'];

describe('the last date a skill says there is', () => {
  it('is told of a date asked past it, as the document says it', () => {
    expect(dateBoundSaid(ferry, ['2027-03-20'])?.clause).toBe('船票只卖到 2027-03-14');
    expect(dateBoundSaid(studio, ['2027-03-18'])?.clause).toBe('目前只开放 3月10日 至 3月16日 的课');
    expect(dateBoundLine(dateBoundSaid(studio, ['2027-03-18'])!, 'en')).toBe('Only dates up to 2027-03-16 are open (目前只开放 3月10日 至 3月16日 的课).');
  });

  it('is not told of a date within it, nor where nothing asked is a date', () => {
    expect(dateBoundSaid(ferry, ['2027-03-14'])).toBeUndefined();
    expect(dateBoundSaid(studio, ['2027-03-12'])).toBeUndefined();
    expect(dateBoundSaid(ferry, ['s1', '08:00'])).toBeUndefined();
    expect(dateBoundSaid(['- 退票：开船前 2 小时之前可免费退。'], ['2027-03-20'])).toBeUndefined();
    // (a date said without a bound, a length of 2.5 hours: no last date)
    expect(dateBoundSaid(['- 2027-03-01 起新开夜航。', '- 拉坯体验 2.5 小时以内。'], ['2027-03-20'])).toBeUndefined();
  });
});

describe('a search that finds nothing on a date past the last', () => {
  const catalog = {
    ...testCatalog([
      { appId: 'ferry', appName: '海湾轮渡', api: 'listSailings', readOnly: true, description: '查询轮渡班次和余票。', inputSchema: { type: 'object', properties: { date: { type: 'string', format: 'date', description: '日期 YYYY-MM-DD' } } } },
    ]),
    skillDoc: () => ferry[0]!,
  };
  const input = (transcript: Transcript[], memo?: unknown): PlannerInput => ({ transcript, user: { id: 'u', name: 'U', lang: 'zh', city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2027-03-10T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo, knownIds: [] });

  it('is told why, in the skill\'s words, after what the search said', async () => {
    const planner = new LocalPlanner();
    const said: Transcript[] = [{ role: 'user', text: '3月20号去青屿的船还有票吗' }];
    const first = await planner.next(input(said));
    expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listSailings', arguments: { date: '2027-03-20' } });
    const read: Transcript[] = [...said, { role: 'tool-call', callId: 'c1', toolId: 'ferry.listSailings', arguments: { date: '2027-03-20' } }, { role: 'tool-result', callId: 'c1', toolId: 'ferry.listSailings', isError: true, content: '没有符合条件的班次。' }];
    const second = await planner.next(input(read, first.memo));
    expect(second.type === 'reply' ? second.text : '').toMatch(/没有符合条件的班次。[\s\S]*船票只卖到 2027-03-14/);
  });
});

describe('a question of how far ahead there is anything', () => {
  it('is answered by the last date the skill states', () => {
    expect(lastDateAsked('船票最远能买到哪天的', ferry, 'zh')).toEqual({ sentence: '船票只卖到 2027-03-14。', alone: true });
    expect(lastDateAsked('陶艺课排到几号', studio, 'zh')?.sentence).toBe('目前只开放 3月10日 至 3月16日 的课。');
    expect(lastDateAsked('How far ahead can I book a ferry?', ferry, 'en')?.sentence).toBe('Only dates up to 2027-03-14 are open (船票只卖到 2027-03-14).');
  });

  it('is no question of anything else, and has no answer where no date is bounded', () => {
    expect(lastDateAsked('明天的船几点开', ferry, 'zh')).toBeUndefined();
    expect(lastDateAsked('船票最远能买到哪天的', ['- 退票：开船前 2 小时之前可免费退。'], 'zh')).toBeUndefined();
  });
});
