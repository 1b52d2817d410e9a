import { describe, expect, it } from 'vitest';
import type { MiniProgramPackage } from '../package/index.ts';
import { placesIn } from './package-places.ts';

const pkg = (files: Record<string, string>) => ({ files }) as unknown as MiniProgramPackage;
const { placeOf: places, recordOf } = placesIn(new Map([
  ['tea', pkg({
    'skills/tea/SKILL.md': '# 茶语\n\n## 规则\n外带杯另收 2 元。',
    'skills/tea/mcp.json': '{"apis":[{"name":"listTeas"}]}',
    'skills/tea/data/menu.json': JSON.stringify({ teas: [{ id: 't1', name: '茉莉', price: 12 }, { id: 't3', name: '普洱', notes: { origin: '云溪山' } }] }),
    'skills/tea/apis/list.js': "module.exports = () => ({ extra: 'tx9' })",
  })],
  ['ferry', pkg({ 'skills/ferry/data/trips.json': '{"trips":[{"id":"f1","to":"青屿"}]}' })],
]));

describe('where a text stands in the packages, by structure only', () => {
  it('names the file and, in JSON, the key path — what the skill tells first, then data, then code', () => {
    expect(places(['tea'], '2 元')).toBe('skills/tea/SKILL.md under 「## 规则」');
    expect(places(['tea'], '云溪山')).toBe('skills/tea/data/menu.json at teas[].notes.origin');
    expect(places(['tea'], '12')).toBe('skills/tea/data/menu.json at teas[].price');
    expect(places(['tea'], 'tx9')).toBe('skills/tea/apis/list.js');
  });

  it('looks in the mini-programs named, or in all when none is', () => {
    expect(places(['tea'], '青屿')).toBeUndefined();
    expect(places([], '青屿')).toBe('skills/ferry/data/trips.json at trips[].to');
  });

  it('takes an ID only where it stands whole: a value of its own or a quoted literal', () => {
    expect(places(['tea'], 't3', { exact: true })).toBe('skills/tea/data/menu.json at teas[].id');
    expect(places(['tea'], 't', { exact: true })).toBeUndefined();
    expect(places(['tea'], 'tx9', { exact: true })).toBe('skills/tea/apis/list.js');
  });

  it('finds the record that holds an ID as one of its own values', () => {
    expect(recordOf(['tea'], 't3')).toEqual({ id: 't3', name: '普洱', notes: { origin: '云溪山' } });
    expect(recordOf([], 'f1')).toEqual({ id: 'f1', to: '青屿' });
    expect(recordOf(['tea'], '云溪山')).toEqual({ origin: '云溪山' });
    expect(recordOf(['tea'], 't9')).toBeUndefined();
  });
});
