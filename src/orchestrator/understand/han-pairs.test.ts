import { describe, expect, it } from 'vitest';
import { hanPairs } from './han-pairs.ts';

describe('Chinese characters side by side', () => {
  it('are each pair of every run of two or more, and none of a character alone or of other letters', () => {
    expect(hanPairs('顶层船头 A 舱 view 云溪')).toEqual(['顶层', '层船', '船头', '云溪']);
  });
});
