import { describe, expect, it } from 'vitest';
import { holdingParty } from './by-capacity.ts';

// an invented inn's rooms, each saying how many it sleeps
const rooms = [
  { id: 'pine', names: ['松间大床房'], fields: { maxGuests: '2' } },
  { id: 'bamboo', names: ['竹影双床房'], fields: { maxGuests: '2' } },
  { id: 'family', names: ['山居家庭房'], fields: { maxGuests: '3' } },
];
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('the things that hold the party', () => {
  it('are those that sleep as many as there are, counting every room taken', () => {
    expect(ids(holdingParty(rooms, { guests: 3, rooms: 1 }))).toEqual(['family']);
    expect(ids(holdingParty(rooms, { guests: 3, rooms: 2 }))).toEqual(['pine', 'bamboo', 'family']);
  });

  it('are all of them where no party is said, none would hold it, or one says nothing of how many it holds', () => {
    expect(ids(holdingParty(rooms, { rooms: 1 }))).toHaveLength(3);
    expect(ids(holdingParty(rooms, { guests: 6 }))).toHaveLength(3);
    expect(ids(holdingParty([...rooms, { id: 'loft', names: ['阁楼'], fields: {} }], { guests: 3 }))).toHaveLength(4);
  });
});
