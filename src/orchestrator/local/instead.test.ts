import { describe, expect, it } from 'vitest';
import { changesInstead, withoutReplaced } from './instead.ts';

describe('a no that says what instead', () => {
  it.each(['那算了，换成冰的柠檬茶吧', '算了，改成明天的', 'never mind, make it a small one instead'])('%s changes the request', (text) => expect(changesInstead(text)).toBe(true));

  it.each(['算了，不要了', 'never mind, thanks', '换成冰的吧'])('%s does not give one up for another', (text) => expect(changesInstead(text)).toBe(false));
});

describe('a change that names things of its own', () => {
  const menu = [{ id: 'a', names: ['柠檬茶'] }, { id: 'b', names: ['葡萄汁'] }];
  const shops = [{ id: 's1', names: ['东门店'] }, { id: 's2', names: ['西门店'] }];

  it('replaces the things the request named, keeping the rest of it', () => {
    expect(withoutReplaced('东门店自取，来杯葡萄汁，要热的', '那算了，换成柠檬茶吧', [shops, menu])).toBe('东门店自取，来杯，要热的');
  });

  it('leaves the request whole where the change names no thing', () => {
    expect(withoutReplaced('东门店自取，来杯葡萄汁，要热的', '算了，换成冰的吧', [shops, menu])).toBe('东门店自取，来杯葡萄汁，要热的');
  });
});
