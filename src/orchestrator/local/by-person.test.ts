import { describe, expect, it } from 'vitest';
import { entitiesByPerson } from './by-person.ts';

// an invented pottery studio: each session says who teaches it
const sessions = [
  { id: 's1', names: ['拉坯'], fields: { time: '09:30', teacherName: '许晴', teacherNameEn: 'Xu Qing' } },
  { id: 's2', names: ['手捏'], fields: { time: '11:00', teacherName: '孟凡', teacherNameEn: 'Meng Fan' } },
  { id: 's3', names: ['上釉'], fields: { time: '14:00', teacherName: '许可', teacherNameEn: 'Xu Ke' } },
];

describe('a person said by surname and title, or by name', () => {
  it('keeps those the person teaches', () => {
    expect(entitiesByPerson('明天上午孟老师那节还有位置吗', sessions)?.map((e) => e.id)).toEqual(['s2']);
    expect(entitiesByPerson("Is Coach Meng's class tomorrow still open?", sessions)?.map((e) => e.id)).toEqual(['s2']);
    expect(entitiesByPerson('许老师的课', sessions)?.map((e) => e.id)).toEqual(['s1', 's3']);
    expect(entitiesByPerson('约许可的上釉课', sessions)?.map((e) => e.id)).toEqual(['s3']);
  });

  it('keeps none where the person said teaches none of them, and says nothing where no person is said', () => {
    expect(entitiesByPerson('明天周老师那节课', sessions)).toEqual([]);
    expect(entitiesByPerson('明天上午那节课', sessions)).toBeUndefined();
    expect(entitiesByPerson('找个女老师', sessions)).toBeUndefined();
    expect(entitiesByPerson('孟老师', [{ id: 'x', names: ['拉坯'], fields: { time: '09:30' } }])).toBeUndefined();
  });
});
