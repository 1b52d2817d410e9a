import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { englishNames, inEnglish } from './english-names.ts';
import { LocalPlanner } from './local-planner.ts';
import { testCatalog } from './test-catalog.ts';

// an invented ferry line that writes its results in Chinese and carries the English of its names
const schedule: Transcript = {
  role: 'tool-result', callId: 'r1', toolId: 'ferry.listSailings', isError: false,
  content: '找到 2 个班次：《晨雾号》08:30 经济舱¥40(余12)；《海燕号》10:00 经济舱¥40(余0)。请让用户选择班次后调用 bookSailing。',
  structuredContent: { sailings: [
    { sailingId: 's1', boat: '晨雾号', boatEn: 'Morning Mist', pier: '东码头', pier_en: 'East Pier', time: '08:30' },
    { sailingId: 's2', boat: '海燕号', boatEn: 'Petrel', pier: '东码头', pier_en: 'East Pier', time: '10:00' },
  ] },
};
const apis = [
  { appId: 'ferry', appName: '渡轮', api: 'listSailings', readOnly: true, description: '查询渡轮班次 ferry sailings schedule' },
  { appId: 'ferry', appName: '渡轮', api: 'bookSailing', description: '预订渡轮 book a ferry', inputSchema: { type: 'object', required: ['sailingId', 'cabin'], properties: {
    sailingId: { type: 'string', description: '来自 listSailings' },
    cabin: { type: 'string', enum: ['economy', 'first'], description: '舱位：economy=经济舱，first=头等舱' },
  } } },
];
const catalog = testCatalog(apis);

describe('an English speaker hears the English a Chinese mini-program gives', () => {
  it('learns each name from its English twin field, and an option from its code', () => {
    const names = new Map(englishNames([schedule], (appId) => catalog.toolsOf(appId)));
    expect(names.get('晨雾号')).toBe('Morning Mist');
    expect(names.get('东码头')).toBe('East Pier');
    expect(names.get('经济舱')).toBe('economy');
    expect(names.has('s1')).toBe(false);
  });

  it('says a listing with those names, what is left, and plain punctuation', () => {
    const names = englishNames([schedule], (appId) => catalog.toolsOf(appId));
    expect(inEnglish('《晨雾号》08:30 经济舱¥40(余12)；《海燕号》10:00', names)).toBe('"Morning Mist" 08:30 economy ¥40(12 left); "Petrel" 10:00');
    expect(inEnglish('该班经济舱只剩 0 个，不够 2 张，未下单。', names)).toBe('该班 economy only 0 left, not enough for 2, no order was placed.');
    expect(inEnglish('No Chinese here.', names)).toBe('No Chinese here.');
  });

  it('leaves a Chinese speaker the Chinese, and tells an English speaker the English, through the planner', async () => {
    const ask = async (lang: 'zh' | 'en', text: string) => {
      const first = await new LocalPlanner().next({ transcript: [{ role: 'user', text }], user: { id: 'u', name: 'U', lang, city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo: undefined, knownIds: [] });
      expect(first).toMatchObject({ type: 'call', toolId: 'ferry.listSailings' });
      const transcript: Transcript[] = [{ role: 'user', text }, { role: 'tool-call', callId: 'r1', toolId: 'ferry.listSailings', arguments: {} }, schedule];
      const step = await new LocalPlanner().next({ transcript, user: { id: 'u', name: 'U', lang, city: undefined, preferences: {} }, catalog, clock: { now: () => new Date('2026-11-20T02:00:00Z'), timeZone: 'Asia/Shanghai' }, memo: first.memo, knownIds: [] });
      return step.type === 'reply' ? step.text : '';
    };
    const english = await ask('en', 'What ferry sailings are there this morning?');
    expect(english).toContain('"Morning Mist" 08:30');
    expect(english).not.toContain('晨雾号');
    expect(await ask('zh', '今天上午有哪些渡轮班次？')).toContain('《晨雾号》08:30');
  });
});
