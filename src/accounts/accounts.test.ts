import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { Accounts } from './index.ts';

for (const variant of storeVariants()) {
  describe(`accounts on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let accounts: Accounts;
    const clock = fixedClock('2026-11-20T10:00:00+08:00');
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      for (const id of ['ann', 'ben']) await store.query('INSERT INTO users (id, profile) VALUES ($1, $2)', [id, JSON.stringify({ id, name: id })]);
      accounts = new Accounts({ store, clock });
    });
    afterAll(() => dispose());

    it('keeps only a hash of each secret, and knows the user and role behind a live one', async () => {
      await accounts.setRole('ann', 'developer');
      const token = await accounts.issue('ann', 'api-token', { label: 'ci' });
      expect(token.secret).toMatch(/^aos_t_[A-Za-z0-9_-]{43}$/);
      expect(JSON.stringify(await store.query('SELECT * FROM credentials'))).not.toContain(token.secret.slice(6));
      expect(await accounts.authenticate(token.secret, 'api-token')).toMatchObject({ userId: 'ann', role: 'developer', credentialId: token.id });
      expect(await accounts.authenticate(token.secret, 'web-session')).toBeUndefined(); // a token is not a cookie
      expect(await accounts.revoke(token.id, 'ben')).toBe(false); // not ben's to revoke
      expect(await accounts.revoke(token.id, 'ann')).toBe(true);
      expect(await accounts.authenticate(token.secret, 'api-token')).toBeUndefined();
    });

    it('lets a sign-in link work once, even when two requests race for it, and not after it expires', async () => {
      const link = await accounts.issue('ben', 'sign-in-link');
      const both = await Promise.all([accounts.redeemLink(link.secret), accounts.redeemLink(link.secret)]);
      expect(both.filter(Boolean)).toEqual([expect.objectContaining({ userId: 'ben', role: 'user' })]);
      const stale = await accounts.issue('ben', 'sign-in-link', { ttlMs: -1 });
      expect(await accounts.redeemLink(stale.secret)).toBeUndefined();
    });

    it('checks passwords with scrypt, and refuses weak ones', async () => {
      await expect(accounts.setPassword('ann', 'short')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      await accounts.setPassword('ann', 'a long passphrase 长');
      const [row] = await store.query<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE user_id = $1', ['ann']);
      expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(await accounts.checkPassword('ann', 'a long passphrase 长')).toBe(true);
      expect(await accounts.checkPassword('ann', 'a long passphrase')).toBe(false);
      expect(await accounts.checkPassword('nobody', 'a long passphrase 长')).toBe(false);
      expect(await accounts.anyoneSignedIn()).toBe(true);
    });
  });
}
