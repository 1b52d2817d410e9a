import { describe, expect, it } from 'vitest';
import { extractDateTime } from './extract-date-time.ts';

const ref = { now: new Date('2026-03-02T09:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe('an hour glued to a Latin word', () => {
  it('is read as the hour it is, its span on the hour', () => {
    expect(extractDateTime('今晚那部VR八点那场', ref)).toMatchObject({ time: '20:00' });
    const found = extractDateTime('今晚想看LED九点半的', ref);
    expect(found.time).toBe('21:30');
    expect('今晚想看LED九点半的'.slice(...(found.span ?? [0, 0]))).toContain('九点');
  });
});
