import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { TrustService, type ConsentScope } from './index.ts';

for (const variant of storeVariants()) {
  describe(`consent grants on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let trust: TrustService;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      trust = new TrustService({ store, clock: fixedClock('2026-11-20T10:00:00+08:00') });
    });
    afterAll(() => dispose());

    it('starts with nothing decided, so the first read must ask', async () => {
      expect(await trust.getGrants('alice', 'rail')).toEqual({});
      expect(await trust.listGrants('alice')).toEqual([]);
    });

    it('remembers a grant and a refusal per mini-program, and a revoke forgets it', async () => {
      await trust.grant('alice', 'rail', 'scope.passengers', 'ses-1');
      await trust.deny('alice', 'rail', 'scope.phoneNumber', 'ses-1');
      await trust.grant('alice', 'coffee', 'scope.address');
      expect(await trust.getGrants('alice', 'rail')).toEqual({ 'scope.passengers': 'granted', 'scope.phoneNumber': 'denied' });
      expect(await trust.getGrants('alice', 'coffee')).toEqual({ 'scope.address': 'granted' });
      expect(await trust.getGrants('bob', 'rail')).toEqual({});

      await trust.grant('alice', 'rail', 'scope.phoneNumber');
      expect((await trust.getGrants('alice', 'rail'))['scope.phoneNumber']).toBe('granted');

      expect(await trust.revoke('alice', 'rail', 'scope.passengers')).toBe(true);
      expect(await trust.revoke('alice', 'rail', 'scope.passengers')).toBe(false);
      expect(await trust.getGrants('alice', 'rail')).toEqual({ 'scope.phoneNumber': 'granted' });
      expect((await trust.listGrants('alice')).map((g) => `${g.appId}:${g.scope}:${g.state}`))
        .toEqual(['coffee:scope.address:granted', 'rail:scope.phoneNumber:granted']);
    });

    it('answers a pair read before from memory only where this process alone writes the store; a decision shows at once', async () => {
      let statements = 0;
      const counted = Object.assign(Object.create(store) as Store, {
        query: (text: string, params?: readonly unknown[]) => (statements++, store.query(text, params)),
        transaction: store.transaction.bind(store),
      });
      const local = new TrustService({ store: counted, clock: fixedClock('2026-11-20T10:00:00+08:00') });
      expect(await local.getGrants('carol', 'rail')).toEqual({});
      const before = statements;
      expect(await local.getGrants('carol', 'rail')).toEqual({});
      expect(statements - before).toBe(store.exclusive ? 0 : 1);
      await local.grant('carol', 'rail', 'scope.passengers');
      expect(await local.getGrants('carol', 'rail')).toEqual({ 'scope.passengers': 'granted' });
    });

    it('audits every decision, and the chain holds', async () => {
      const kinds = (await trust.audit.list({ userId: 'alice' })).map((r) => `${r.kind}:${String(r.data.scope)}`);
      expect(kinds).toEqual([
        'consent-granted:scope.passengers', 'consent-refused:scope.phoneNumber', 'consent-granted:scope.address',
        'consent-granted:scope.phoneNumber', 'consent-revoked:scope.passengers',
      ]);
      expect((await trust.audit.list({ sessionId: 'ses-1' })).length).toBe(2);
      expect((await trust.audit.verify()).ok).toBe(true);
    });

    it('refuses an unknown scope with the list of known ones', async () => {
      await expect(trust.grant('alice', 'rail', 'scope.everything' as ConsentScope)).rejects.toThrow(/unknown consent scope/);
    });
  });
}
