import { describe, expect, it } from 'vitest';
import { oneDiffers } from './one-differs.ts';
import { orderLines } from './test-support.ts';

const noodles = { id: 'n1', names: ['牛肉面'] };
const spicyNoodles = { id: 'n9', names: ['辣子牛肉面'] };
const saysOption = (clause: string) => /微辣|特辣|加蛋|spicy|egg/.test(clause);

describe('one of several counted, made another way', () => {
  it('is made as the others were in all else, and each of two said its own way is so made (「一碗微辣一碗特辣」)', () => {
    const clauses = ['两碗大碗牛肉面', '一碗微辣一碗特辣'];
    expect(oneDiffers([{ entity: noodles, text: '两碗大碗牛肉面' }], clauses, saysOption)).toEqual([
      { entity: noodles, text: '1碗大碗牛肉面，一碗特辣' },
      { entity: noodles, text: '一碗微辣', also: ['1碗大碗牛肉面'] },
    ]);
  });

  it('is each of two said its own way in two clauses ("…, one spicy and one with egg")', () => {
    const clauses = ['two beef noodles to go', 'one spicy', 'one with egg'];
    expect(oneDiffers([{ entity: noodles, text: 'two beef noodles to go' }], clauses, saysOption)).toEqual([
      { entity: noodles, text: '1 beef noodles to go，one with egg' },
      { entity: noodles, text: 'one spicy', also: ['1 beef noodles to go'] },
    ]);
  });

  it('is the count less one as said, and one with the option', () => {
    const clauses = ['两碗牛肉面', '一碗加蛋'];
    expect(oneDiffers([{ entity: noodles, text: '两碗牛肉面' }], clauses, saysOption)).toEqual([
      { entity: noodles, text: '1碗牛肉面' },
      { entity: noodles, text: '一碗加蛋', also: ['1碗牛肉面'] },
    ]);
  });

  it('reads a later clause that points back at that one as its own, not as a thing named', () => {
    const clauses = ['三碗牛肉面', '一碗要特辣', '特辣那碗加蛋'];
    const found = [{ entity: noodles, text: '三碗牛肉面' }, { entity: spicyNoodles, text: '特辣那碗加蛋' }];
    expect(oneDiffers(found, clauses, saysOption)).toEqual([
      { entity: noodles, text: '2碗牛肉面' },
      { entity: noodles, text: '一碗要特辣', also: ['特辣那碗加蛋', '1碗牛肉面'] },
    ]);
  });

  it('finds the clause that points back before the count too (a correction read first)', () => {
    const clauses = ['特辣那碗加蛋', '三碗牛肉面', '一碗要特辣'];
    const found = [{ entity: spicyNoodles, text: '特辣那碗加蛋' }, { entity: noodles, text: '三碗牛肉面' }];
    expect(oneDiffers(found, clauses, saysOption)).toEqual([
      { entity: noodles, text: '2碗牛肉面' },
      { entity: noodles, text: '一碗要特辣', also: ['特辣那碗加蛋', '1碗牛肉面'] },
    ]);
  });

  it('leaves a thing counted once, or with no one said apart, as it is', () => {
    expect(oneDiffers([{ entity: noodles, text: '一碗牛肉面' }], ['一碗牛肉面', '一碗加蛋'], saysOption)).toEqual([{ entity: noodles, text: '一碗牛肉面' }]);
    expect(oneDiffers([{ entity: noodles, text: '两碗牛肉面' }], ['两碗牛肉面', '都要微辣'], saysOption)).toEqual([{ entity: noodles, text: '两碗牛肉面' }]);
  });
});

describe('an order with one of several made another way', () => {
  it('orders the count less one as said, and one with the option', () => {
    expect(orderLines('三碗牛肉面，一碗要特辣')).toEqual([{ dishId: 'n1', qty: 2 }, { dishId: 'n1', qty: 1, spice: 'hot' }]);
  });

  it('makes that one with all that is said right after it (「其中一碗特辣、加一个蛋」)', () => {
    expect(orderLines('两碗牛肉面，其中一碗特辣、加一个蛋')).toEqual([{ dishId: 'n1', qty: 1 }, { dishId: 'n1', qty: 1, spice: 'hot', egg: true }]);
    // (what is said of them all is not of that one alone)
    expect(orderLines('两碗牛肉面，其中一碗特辣，都要加一个蛋')).toEqual([{ dishId: 'n1', qty: 1, egg: true }, { dishId: 'n1', qty: 1, spice: 'hot', egg: true }]);
  });
});
