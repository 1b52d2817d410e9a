import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/index.ts';
import { TrustService } from '../../trust/index.ts';
import { migrate } from '../migrate.ts';
import type { Store } from '../store.ts';
import { storeVariants } from '../test-variants.ts';
import { MIGRATIONS } from './index.ts';

/** Cards as the hub before migration 13 wrote them: one waiting, one answered, one expired by the old sweep. */
async function writeOldCards(store: Store): Promise<void> {
  for (const [id, status] of [['cfm_waiting', 'pending'], ['cfm_redeemed', 'redeemed'], ['cfm_expired', 'expired']] as const) {
    await store.query(
      `INSERT INTO confirmations (id, token_hash, user_id, session_id, kind, app_id, order_id, amount_fen, args_hash, summary, status, created_at, expires_at)
       VALUES ($1, $2, 'mei', 's1', 'payment', 'coffee', $3, 2100, 'h', '{"title":"拿铁"}', $4, '2026-11-20T10:00:00+08:00', '2026-11-20T10:10:00+08:00')`,
      [id, 'a'.repeat(64), `ord_${id}`, status]);
  }
}

for (const variant of storeVariants()) {
  describe(`migration 13 (what is due to expire, apart from the cards) on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open({ migrations: MIGRATIONS.filter((m) => m.version < 13) }));
      await writeOldCards(store);
      expect(await migrate(store, MIGRATIONS.filter((m) => m.version <= 13))).toEqual([13]);
    });
    afterAll(() => dispose());

    it('puts every card still waiting on the list, so the sweep expires it when its time comes, and only it', async () => {
      const before = new TrustService({ store, clock: fixedClock('2026-11-20T10:05:00+08:00') });
      expect(await before.expireDue()).toEqual([]);
      const after = new TrustService({ store, clock: fixedClock('2026-11-20T10:11:00+08:00') });
      expect((await after.expireDue()).map((c) => c.id)).toEqual(['cfm_waiting']);
      const statuses = await store.query<{ id: string; status: string }>('SELECT id, status FROM confirmations ORDER BY id');
      expect(statuses).toEqual([{ id: 'cfm_expired', status: 'expired' }, { id: 'cfm_redeemed', status: 'redeemed' }, { id: 'cfm_waiting', status: 'expired' }]);
      expect(await after.audit.verify()).toMatchObject({ ok: true, count: 1 });
    });
  });
}
