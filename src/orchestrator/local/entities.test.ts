import { describe, expect, it } from 'vitest';
import { entitiesIn } from './entities.ts';

describe('the entities a result lists', () => {
  const clubs = [
    { clubId: 'c1', name: '国贸店', coaches: [{ coachId: 'k1', name: '林悦' }, { coachId: 'k2', name: '周凯' }] },
    { clubId: 'c2', name: '望京店', coaches: [{ coachId: 'k3', name: '王蕾' }] },
  ];

  it('keeps a thing\'s prices by kind as its prices (`prices.deck`)', () => {
    const sailings = [{ sailingId: 's1', name: '东港→西港 08:00', prices: { deck: 30, cabin: 80 }, crew: { captain: 'Lin' } }];
    expect(entitiesIn(sailings, 'sailingId')[0]?.fields).toMatchObject({ 'prices.deck': '30', 'prices.cabin': '80' });
    expect(entitiesIn(sailings, 'sailingId')[0]?.fields).not.toHaveProperty('crew.captain');
  });

  it('takes only the objects that carry the ID asked for, not the ones nested in them', () => {
    expect(entitiesIn(clubs, 'clubId').map((e) => e.id)).toEqual(['c1', 'c2']);
  });

  it('still finds the nested ones when their own ID is asked for', () => {
    expect(entitiesIn(clubs, 'coachId').map((e) => e.id)).toEqual(['k1', 'k2', 'k3']);
  });

  it('takes a result that carries the ID at its top as the one thing, not the lines inside it', () => {
    const order = { orderId: 'ord_1', storeName: '武林广场店', lines: [{ ref: 'p13', name: '思密达', qty: 1 }] };
    expect(entitiesIn(order, 'orderId').map((e) => e.id)).toEqual(['ord_1']);
    expect(entitiesIn({ orders: [{ orderId: 'ord_1' }, { orderId: 'ord_2' }] }, 'orderId').map((e) => e.id)).toEqual(['ord_1', 'ord_2']);
  });
});
