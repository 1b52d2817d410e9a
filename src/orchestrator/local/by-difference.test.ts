import { describe, expect, it } from 'vitest';
import { byDifference } from './by-difference.ts';
import { chooseEntities } from './choose-entities.ts';

const rooms = [['A1', '标准单人间', 'Standard single'], ['A2', '海景单人间', 'Sea view single'], ['A3', '标准双人间', 'Standard double'], ['A4', '总统套房', 'Presidential suite']]
  .map(([id, zh, en]) => ({ id: id!, names: [zh!, en!] }));
const one = (text: string) => chooseEntities(rooms, [text], undefined, false).map((e) => e.id);

describe('several things one word names alike, told apart by what only one of them is', () => {
  it('takes the one whose own words the request says elsewhere (「能看海的」 for 海景)', () => {
    expect(one('周五能看海的单人间还有吗？有的话订一间')).toEqual(['A2']);
    expect(byDifference(rooms.slice(0, 2), 'a single where I can see the sea')?.id).toBe('A2');
  });

  it('reads only the words said with the name, not a store name before it (「海滨店的单人间」 says no sea view)', () => {
    expect(one('订海滨店周五的单人间')).toEqual(['A1']);
    expect(one('周五的单人间还有吗？有的话订一间')).toEqual(['A1']);
    expect(byDifference(rooms.slice(0, 2), 'a single room for Friday')).toBeUndefined();
  });
});
