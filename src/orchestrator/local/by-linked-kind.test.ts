import { describe, expect, it } from 'vitest';
import type { Transcript } from '../planner.ts';
import { entitiesIn } from './entities.ts';
import { byLinkedKind } from './by-linked-kind.ts';

// an invented pottery studio: its courses, each filed under a kind, and tonight's sessions of them
const courses: Transcript = {
  role: 'tool-result', callId: 'c1', toolId: 'pottery.listCourses', isError: false, content: '',
  structuredContent: { courses: [
    { courseId: 'p1', name: '拉坯入门', category: '拉坯' },
    { courseId: 'p2', name: '青花小盘', category: '彩绘' },
    { courseId: 'p3', name: '手捏茶杯', category: '手捏' },
  ] },
};
const sessions = entitiesIn({ sessions: [
  { sessionId: 's1', courseId: 'p1', courseName: '拉坯入门', time: '19:00' },
  { sessionId: 's2', courseId: 'p2', courseName: '青花小盘', time: '19:30' },
  { sessionId: 's3', courseId: 'p3', courseName: '手捏茶杯', time: '20:00' },
] }, 'sessionId');

describe('things chosen by the kind of what they are of', () => {
  it('keeps the sessions of the courses of a kind said, either of two', () => {
    expect(byLinkedKind(sessions, ['今晚有彩绘或者手捏的课就给我报一个'], [courses])?.map((e) => e.id)).toEqual(['s2', 's3']);
    expect(byLinkedKind(sessions, ['想上个拉坯的课'], [courses])?.map((e) => e.id)).toEqual(['s1']);
  });

  it('narrows nothing where no kind is said, or it is set aside, or nothing else was read', () => {
    expect(byLinkedKind(sessions, ['今晚七点半那节'], [courses])).toBeUndefined();
    expect(byLinkedKind(sessions, ['拉坯就算了'], [courses])).toBeUndefined();
    expect(byLinkedKind(sessions, ['想上个拉坯的课'], [])).toBeUndefined();
  });
});
