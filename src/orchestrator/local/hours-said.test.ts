import { describe, expect, it } from 'vitest';
import { hoursSaid } from './hours-said.ts';

const club = { id: 'n1', names: ['北门店'], fields: { city: '北京', open: '06:30', close: '22:00' } };

describe('the hours of a place asked about', () => {
  it('are said where the question asks them and the line does not say them', () => {
    expect(hoursSaid('北门店晚上几点关门？', '北门店（北京）', club)).toBe('06:30–22:00');
    expect(hoursSaid('Is the north branch still open at 11pm?', 'North branch', club)).toBe('06:30–22:00');
    expect(hoursSaid('南门那家半夜还开吗', '南门店', { id: 's', names: ['南门店'], fields: { hours: '24小时' } })).toBe('24小时');
  });

  it('are not said where nothing asks them, or the line says them already', () => {
    expect(hoursSaid('北门店在哪', '北门店（北京）', club)).toBe('');
    expect(hoursSaid('北门店几点关门', '北门店（北京，06:30–22:00）', club)).toBe('');
  });
});
