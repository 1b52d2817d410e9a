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

  it('keeps nothing where it points at another thing, or at none', () => {
    expect(keptOnAmend('那换一班吧', failed, tool, [tool, list])).toEqual({});
    expect(keptOnAmend('那就普通座吧', failed, tool, [tool, list])).toEqual({});
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
