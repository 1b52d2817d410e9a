import { describe, expect, it } from 'vitest';
import { byOptionCounts } from './option-counts.ts';

// an invented noodle shop: how spicy is its one option
const noodles = { id: 'n1', names: ['牛肉面', 'Beef noodles'] };
const saysOption = (text: string) => /辣|\bspicy\b|\bmild\b/i.test(text);

describe('a count split by how each part is made', () => {
  it('is a line for each part, in the clause after the thing or right after its count', () => {
    expect(byOptionCounts([{ entity: noodles, text: '三碗牛肉面' }], ['三碗牛肉面', '两碗辣的一碗不辣'], saysOption)).toEqual([
      { entity: noodles, text: '2碗辣的', also: ['2碗牛肉面'] },
      { entity: noodles, text: '1碗不辣', also: ['1碗牛肉面'] },
    ]);
    expect(byOptionCounts([{ entity: noodles, text: '三碗牛肉面两辣一不辣' }], ['三碗牛肉面两辣一不辣'], saysOption).map((f) => f.text)).toEqual(['2碗辣', '1碗不辣']);
    expect(byOptionCounts([{ entity: noodles, text: 'three beef noodles' }], ['three beef noodles', 'two spicy and one mild'], saysOption).map((f) => f.text)).toEqual(['2 spicy', '1 mild']);
  });

  it('leaves the thing as it is where the parts do not add up to its count, or are no options', () => {
    const three = [{ entity: noodles, text: '三碗牛肉面' }];
    expect(byOptionCounts(three, ['三碗牛肉面', '一碗辣的一碗不辣'], saysOption)).toEqual(three);
    expect(byOptionCounts(three, ['三碗牛肉面', '两碗大碗一碗小碗'], saysOption)).toEqual(three);
    const two = [{ entity: noodles, text: '两碗牛肉面一份凉皮' }];
    expect(byOptionCounts(two, ['两碗牛肉面一份凉皮'], saysOption)).toEqual(two);
  });
});
