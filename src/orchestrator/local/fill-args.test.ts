import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { latestEntities } from './fill-args.ts';

const clubs: Transcript = {
  role: 'tool-result', callId: 'c1', toolId: 'gym.listClubs', isError: false, content: '',
  structuredContent: {
    clubs: [
      { clubId: 'c1', name: '国贸店', coaches: [{ coachId: 'k1', name: '林悦' }] },
      { clubId: 'c2', name: '望京店', coaches: [{ coachId: 'k7', name: '王蕾' }, { coachId: 'k4', name: '赵刚' }] },
    ],
  },
};

describe('the entities a result lists', () => {
  it('reads every nested list under the key, not only the first (each club\'s coaches)', () => {
    const coaches = latestEntities([clubs], 'gym.listClubs', { listKey: 'coaches', idKey: 'coachId' });
    expect(coaches?.map((c) => c.id)).toEqual(['k1', 'k7', 'k4']);
    expect(latestEntities([clubs], 'gym.listClubs', { listKey: 'clubs', idKey: 'clubId' })?.map((c) => c.id)).toEqual(['c1', 'c2']);
  });
});
