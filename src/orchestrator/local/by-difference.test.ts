import { describe, expect, it } from 'vitest';
import { byDifference, endingSaid, kindDescribed, toldByKind } from './by-difference.ts';
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

describe('the kind they all are, said with what tells one apart', () => {
  const cabins = [['C1', '内舱双人间'], ['C2', '海景双人间'], ['C3', '内舱四人间']].map(([id, zh]) => ({ id: id!, names: [zh!] }));
  const pick = (text: string) => chooseEntities(cabins, [text], undefined, false).map((e) => e.id);

  it('takes the one whose own word the part that says the kind holds (「要能看到海的那种间」)', () => {
    expect(pick('东港出发那班，周五走，要能看到海的那种间，就我一个')).toEqual(['C2']);
  });

  it('reads nothing from another part of the request, nor from a word every one of them has, nor of a list of none', () => {
    expect(toldByKind('要能看到海的那种间', [])).toBeUndefined();
    expect(pick('去海边那班，周五走，随便一种间')).toEqual([]);
    expect(pick('周五那班，要双人的那种间')).toEqual([]);
  });
});

describe('a kind several names end in, said with what tells one apart', () => {
  const teas = [['t1', '清香铁观音'], ['t2', '浓香铁观音'], ['t3', '武夷大红袍']].map(([id, zh]) => ({ id: id!, names: [zh!] }));

  it('finds those of the kind said (「铁观音」) and the clause that describes the one wanted (「要浓一点的那种」)', () => {
    expect(endingSaid('帮我拿两罐铁观音，要浓一点的那种', teas).map((t) => t.id)).toEqual(['t1', 't2']);
    expect(byDifference(endingSaid('帮我拿两罐铁观音，要浓一点的那种', teas), kindDescribed('帮我拿两罐铁观音，要浓一点的那种'))?.id).toBe('t2');
  });

  it('finds none where one thing alone is of the kind, or nothing describes the kind', () => {
    expect(endingSaid('来一罐大红袍', teas)).toEqual([]);
    expect(kindDescribed('帮我拿两罐铁观音，送到家')).toBe('');
  });
});

describe('a room said in English by its kind and the words just before it', () => {
  const cabins = [['k1', '标准房'], ['k2', '海景房']].map(([id, zh]) => ({ id: id!, names: [zh!] }));
  it('is told apart by those words ("the sea-view room"), not by a word said of something else ("a room in the inn by the sea")', () => {
    expect(chooseEntities(cabins, ['Book the sea-view room for Friday'], undefined, false).map((e) => e.id)).toEqual(['k2']);
    expect(chooseEntities(cabins, ['Book a room in the inn by the sea for Friday'], undefined, false).map((e) => e.id)).toEqual([]);
  });
});
