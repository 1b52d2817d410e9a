import { describe, expect, it } from 'vitest';
import { toldApart } from './told-apart.ts';

describe('labels of things offered that read alike', () => {
  const sailing = (id: string, date: string) => ({ id, names: ['云溪—青屿'], fields: { date, departTime: '21:40' } });

  it('carry the day each is on, where that tells them apart', () => {
    const offered = [sailing('s1', '2027-03-10'), sailing('s2', '2027-03-13'), { id: 's3', names: ['云溪—青屿'], fields: { date: '2027-03-13', departTime: '08:00' } }];
    expect(toldApart(offered, ['云溪—青屿（21:40）', '云溪—青屿（21:40）', '云溪—青屿（08:00）'])).toEqual(['03-10 云溪—青屿（21:40）', '03-13 云溪—青屿（21:40）', '云溪—青屿（08:00）']);
  });

  it('stay as they are where they differ already or no day tells them apart', () => {
    expect(toldApart([sailing('s1', '2027-03-10'), sailing('s2', '2027-03-10')], ['早班', '晚班'])).toEqual(['早班', '晚班']);
    expect(toldApart([sailing('s1', '2027-03-10'), sailing('s2', '2027-03-10')], ['云溪—青屿', '云溪—青屿'])).toEqual(['云溪—青屿', '云溪—青屿']);
  });
});
