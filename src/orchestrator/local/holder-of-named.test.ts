import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { entitiesIn } from './entities.ts';
import { holderOfNamed } from './holder-of-named.ts';

const studios = { studios: [
  { studioId: 'p1', name: '陶艺馆·云溪店', city: '云溪', teachers: [{ teacherId: 't1', name: '林岚', nameEn: 'Lin Lan' }, { teacherId: 't2', name: '周默', nameEn: 'Zhou Mo' }] },
  { studioId: 'p2', name: '陶艺馆·青屿店', city: '青屿', teachers: [{ teacherId: 't3', name: '陈砚', nameEn: 'Chen Yan' }] },
] };
const transcript: Transcript[] = [{ role: 'tool-result', callId: 'c', toolId: 'pottery.listStudios', isError: false, content: '', structuredContent: studios }];
const listed = entitiesIn(studios, 'studioId');
const holder = (text: string) => holderOfNamed(transcript, 'pottery.listStudios', 'studioId', listed, [text])?.id;

describe('the one of a list that holds a thing the words name', () => {
  it('is the studio of the teacher said, in either language, possessive or not', () => {
    expect(holder("Book me into Zhou Mo's next wheel class")).toBe('p1');
    expect(holder('陈砚老师明天的课帮我约一个')).toBe('p2');
  });

  it('is none where nothing held is named, or things of two holders are', () => {
    expect(holder('明天下午的拉坯课')).toBeUndefined();
    expect(holder('林岚或者陈砚的课都行')).toBeUndefined();
    expect(holderOfNamed([], 'pottery.listStudios', 'studioId', listed, ['周默的课'])).toBeUndefined();
  });
});
