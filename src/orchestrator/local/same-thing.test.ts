import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { keptOnAmend } from './same-thing.ts';

const tool: Tool = {
  id: 'ferry.book', appId: 'ferry', appName: '渡轮', version: 'v1', skill: 's', api: 'book', description: '订船票',
  inputSchema: { type: 'object', properties: { sailingId: { type: 'string', description: '班次 ID，来自 listSailings 返回的 sailings[].id' }, cabin: { type: 'string', enum: ['deck', 'cabin'] } } },
  siblings: ['listSailings', 'book'],
};
const list: Tool = { ...tool, id: 'ferry.listSailings', api: 'listSailings', description: '查询班次', inputSchema: { type: 'object', properties: {} }, annotations: { readOnlyHint: true } };

describe('an amendment that points at the thing just tried', () => {
  const failed = { sailingId: 's7', cabin: 'cabin' };

  it('keeps the ID that named it', () => {
    expect(keptOnAmend('那就这班的普通座吧', failed, tool, [tool, list])).toEqual({ sailingId: 's7' });
    expect(keptOnAmend('ok, deck seats on the same one then', failed, tool, [tool, list])).toEqual({ sailingId: 's7' });
  });

  it('keeps nothing where it names by name another thing listed', () => {
    const sailings = [{ id: 's7', names: ['早班'] }, { id: 's9', names: ['晚班'] }];
    expect(keptOnAmend('那就那班晚班的普通座吧', failed, tool, [tool, list], sailings)).toEqual({});
    expect(keptOnAmend('那就这班早班的普通座吧', failed, tool, [tool, list], sailings)).toEqual({ sailingId: 's7' });
  });

  it('keeps nothing where it points at another thing', () => {
    expect(keptOnAmend('那换一班吧', failed, tool, [tool, list])).toEqual({});
    expect(keptOnAmend('another one then, deck seats', failed, tool, [tool, list])).toEqual({});
  });

  it('keeps the thing where the amendment says nothing of which (「那就普通座吧」 after the cabins sold out), not where it says a time', () => {
    const ref = { now: new Date('2026-03-04T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
    expect(keptOnAmend('那就普通座吧', failed, tool, [tool, list], [], ref)).toEqual({ sailingId: 's7' });
    expect(keptOnAmend('deck seats are fine then', failed, tool, [tool, list], [], ref)).toEqual({ sailingId: 's7' });
    expect(keptOnAmend('那就下午的普通座吧', failed, tool, [tool, list], [], ref)).toEqual({});
  });

  it('takes the one beside it where asked (「那坐下一班吧」), among those the refusal offers where it names some', () => {
    const sailings = [
      { id: 's5', names: ['s5'], fields: { date: '2026-03-05', departs: '07:00', code: 'F05' } },
      { id: 's7', names: ['s7'], fields: { date: '2026-03-05', departs: '09:00', code: 'F07' } },
      { id: 's8', names: ['s8'], fields: { date: '2026-03-05', departs: '10:00', code: 'F08' } },
      { id: 's9', names: ['s9'], fields: { date: '2026-03-05', departs: '11:30', code: 'F09' } },
      { id: 's2', names: ['s2'], fields: { date: '2026-03-06', departs: '09:30', code: 'F02' } },
    ];
    expect(keptOnAmend('那坐下一班吧', failed, tool, [tool, list], sailings)).toEqual({ sailingId: 's8' });
    expect(keptOnAmend('the one before, then', failed, tool, [tool, list], sailings)).toEqual({ sailingId: 's5' });
    expect(keptOnAmend('那坐下一班吧', failed, tool, [tool, list], sailings, undefined, '客舱已满。仍有客舱的班次：F09 11:30、F05 07:00。')).toEqual({ sailingId: 's9' });
    expect(keptOnAmend('那就晚一班的吧', { sailingId: 's9' }, tool, [tool, list], sailings)).toEqual({});
  });

  it('keeps nothing where it says a day or a time the thing tried does not have', () => {
    const ref = { now: new Date('2026-03-04T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }; // a Wednesday
    // listed under the port's ID first, as a result may list it: the sailing is known by its own field
    const sailings = [{ id: 'p1', names: ['早班'], fields: { portId: 'p1', sailingId: 's7', date: '2026-03-05', departs: '09:00' } }];
    expect(keptOnAmend('那就挪到周六那班吧', failed, tool, [tool, list], sailings, ref)).toEqual({});
    expect(keptOnAmend('ok, make it Saturday, the same one', failed, tool, [tool, list], sailings, ref)).toEqual({});
    expect(keptOnAmend('那就明天这班的普通座吧', failed, tool, [tool, list], sailings, ref)).toEqual({ sailingId: 's7' });
    expect(keptOnAmend('那就这班的普通座吧', failed, tool, [tool, list], sailings, ref)).toEqual({ sailingId: 's7' });
  });
});
