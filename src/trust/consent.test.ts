import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError, fixedClock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { isConsentScope, TrustService, type ConsentScope } from './index.ts';

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
      // each decision on record as what it was: a grant, a refusal, a revoke
      const kinds = (await trust.audit.list({ userId: 'alice' })).map((r) => `${r.kind}:${String(r.data.scope)}`);
      expect(kinds).toEqual([
        'consent-granted:scope.passengers', 'consent-refused:scope.phoneNumber', 'consent-granted:scope.address',
        'consent-granted:scope.phoneNumber', 'consent-revoked:scope.passengers',
      ]);
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

    it('records when the user decided, and what a revoke took back, under the session it happened in', async () => {
      const before = Date.now();
      const record = await trust.deny('carol', 'rail', 'scope.realname');
      expect(record).toMatchObject({ userId: 'carol', appId: 'rail', scope: 'scope.realname', state: 'denied' });
      const elapsed = Date.now() - before;
      const decided = record.decidedAt.getTime() - new Date('2026-11-20T10:00:00+08:00').getTime();
      expect(decided).toBeGreaterThanOrEqual(0);
      expect(decided).toBeLessThan(60_000 + elapsed);
      expect(await trust.revoke('carol', 'rail', 'scope.realname', 'ses-c')).toBe(true);
      const [revoked] = await trust.audit.list({ sessionId: 'ses-c' });
      expect(revoked).toMatchObject({ kind: 'consent-revoked', actor: 'user:carol', appId: 'rail', data: { scope: 'scope.realname', was: 'denied' } });
    });

    it('refuses a decision with no user, no mini-program or an unknown scope, in both languages, and records nothing', async () => {
      const attempts: Array<[string, string, string]> = [
        ['', 'rail', 'scope.address'], ['dave', '', 'scope.address'], ['dave', 'rail', 'scope.everything'], ['dave', 'rail', ''],
      ];
      for (const [userId, appId, scope] of attempts) {
        for (const decide of [() => trust.grant(userId, appId, scope as ConsentScope), () => trust.revoke(userId, appId, scope as ConsentScope)]) {
          const error = await decide().then(() => undefined, (caught: unknown) => caught);
          expect(error, `${userId}/${appId}/${scope}`).toBeInstanceOf(AgentOsError);
          const { code, message, details } = error as AgentOsError;
          expect(code).toBe('BAD_REQUEST');
          expect(message).toMatch(/[\u4e00-\u9fff]/);
          expect(message).toMatch(/[a-z]{4}/);
          expect(details.fix).toBeTruthy();
          expect(details.where).toBe(userId && appId ? 'consent.scope' : 'consent'); // what the error points at
        }
      }
      const unknown = await trust.grant('dave', 'rail', 'scope.everything' as ConsentScope).catch((caught: AgentOsError) => caught);
      const known = (unknown as AgentOsError).details.fix?.replace(/^use one of /, '').split(', ');
      expect(known).toEqual(expect.arrayContaining(['scope.address', 'scope.phoneNumber', 'scope.passengers'])); // tells which scopes exist
      expect(await trust.listGrants('dave')).toEqual([]);
      expect(await trust.listGrants('')).toEqual([]);
      expect(await trust.audit.list({ userId: 'dave' })).toEqual([]);
    });

    it('knows a consent scope only by its exact name', () => {
      expect(isConsentScope('scope.address')).toBe(true);
      expect(isConsentScope('scope.everything')).toBe(false);
      expect(isConsentScope(['scope.address'])).toBe(false);
      expect(isConsentScope(undefined)).toBe(false);
    });
  });
}
