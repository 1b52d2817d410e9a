import { describe, expect, it } from 'vitest';
import type { Tool } from '../../catalog/index.ts';
import { optionsComparedLine } from './compared-options.ts';

// an invented ferry: each sailing carries a fare for each cabin, and booking takes a cabin
const book: Tool = {
  id: 'ferry.book', appId: 'ferry', appName: '海湾轮渡', version: 'v1', skill: 'skills/s', api: 'book', description: '', siblings: ['listSailings', 'book'],
  inputSchema: { type: 'object', properties: { sailingId: { type: 'string' }, cabin: { type: 'string', enum: ['basic', 'view'], description: '舱位：basic=普通舱/basic cabin，view=观景舱/view cabin' } } },
};
const sailings = [
  { id: 's1', names: ['s1'], fields: { 'fares.basic': '35', 'fares.view': '50' } },
  { id: 's2', names: ['s2'], fields: { 'fares.basic': '35', 'fares.view': '50' } },
  { id: 's3', names: ['s3'], fields: { 'fares.basic': '60', 'fares.view': '80' } },
];

describe('two options of a choice compared', () => {
  it('says by how much the one is dearer, with each pair of prices the things listed carry', () => {
    expect(optionsComparedLine(['观景舱比普通舱贵多少？'], sailings.slice(0, 2), [book], 'zh')).toBe('观景舱比普通舱贵 ¥15（观景舱/普通舱：¥50/¥35）。');
    expect(optionsComparedLine(["what's the difference between view and basic cabins?"], sailings, [book], 'en')).toBe('View cabin costs ¥15–¥20 more than basic cabin (view cabin/basic cabin: ¥50/¥35, ¥80/¥60).');
  });

  it('compares the one option named of a choice of two with the other', () => {
    expect(optionsComparedLine(['how much more is a view cabin than a regular one? not booking yet'], sailings.slice(0, 1), [book], 'en')).toBe('View cabin costs ¥15 more than basic cabin (view cabin/basic cabin: ¥50/¥35).');
    expect(optionsComparedLine(['观景舱贵多少'], sailings.slice(0, 1), [book], 'zh')).toBe('观景舱比普通舱贵 ¥15（观景舱/普通舱：¥50/¥35）。');
  });

  it('says nothing where no comparison is asked, one option is named of more than two, or nothing carries both prices', () => {
    expect(optionsComparedLine(['观景舱多少钱'], sailings, [book], 'zh')).toBeUndefined();
    const three: Tool = { ...book, inputSchema: { type: 'object', properties: { cabin: { type: 'string', enum: ['basic', 'view', 'suite'], description: '舱位：basic=普通舱，view=观景舱，suite=套舱' } } } };
    expect(optionsComparedLine(['观景舱贵多少'], sailings, [three], 'zh')).toBeUndefined();
    expect(optionsComparedLine(['观景舱比普通舱贵多少？'], [{ id: 's9', names: ['s9'], fields: { fare: '40' } }], [book], 'zh')).toBeUndefined();
  });
});
