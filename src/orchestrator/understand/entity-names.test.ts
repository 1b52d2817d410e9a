import { describe, expect, it } from 'vitest';
import { nameVariants } from './entity-names.ts';
import { matchEntities } from './match-entities.ts';

describe('the names a thing goes by', () => {
  it('says a vitamin short, by its letter, inside any brand and form', () => {
    const texts = nameVariants(['山野牌维生素D3软胶囊']).map((v) => v.text);
    expect(texts).toContain('维D3');
    expect(texts).toContain('维生素D3');
  });

  it('picks the one thing a short vitamin name says among others', () => {
    const shelf = [
      { id: 'a', names: ['山野牌维生素D3软胶囊'] },
      { id: 'b', names: ['钙片'] },
      { id: 'c', names: ['晨露维生素E乳'] },
    ];
    expect(matchEntities('来两瓶维D3，再加一盒钙片', shelf).map((hit) => hit.entity.id)).toEqual(['a', 'b']);
    expect(matchEntities('维E有吗', shelf).map((hit) => hit.entity.id)).toEqual(['c']);
  });
});
