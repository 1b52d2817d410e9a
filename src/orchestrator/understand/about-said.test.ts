import { describe, expect, it } from 'vitest';
import { withoutWhatItIsAbout } from './about-said.ts';

describe('what a work is about', () => {
  it('is left out, the kind of work kept', () => {
    expect(withoutWhatItIsAbout('周末带孩子看那个小狐狸送外卖的动画片')).toBe('周末带孩子看那个 动画片');
    expect(withoutWhatItIsAbout('the cartoon about a fox who delivers mail, Saturday 3pm')).toBe('the cartoon  , Saturday 3pm');
  });

  it('leaves a request that describes no work as it is', () => {
    expect(withoutWhatItIsAbout('帮我寄个快递到上海，送到公司')).toBe('帮我寄个快递到上海，送到公司');
    expect(withoutWhatItIsAbout('send the parcel with the books to Wuhan')).toBe('send the parcel with the books to Wuhan');
  });
});
