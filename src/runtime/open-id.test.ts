import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openIdFor } from './open-id.ts';

describe('openIdFor', () => {
  it('is the hash of the (mini-program, user) pair, the same when asked again', () => {
    const expected = 'o' + createHash('sha256').update('agentos-openid:wx_shop:alice').digest('base64url').slice(0, 27);
    expect(openIdFor('wx_shop', 'alice')).toBe(expected);
    expect(openIdFor('wx_shop', 'alice')).toBe(expected);
    expect(openIdFor('wx_other', 'alice')).not.toBe(expected);
    expect(openIdFor('wx_shop', 'bob')).not.toBe(expected);
  });
});
