import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/index.ts';
import { AuditLog, auditHash } from '../../trust/index.ts';
import { untriggered } from '../../trust/test-support.ts';
import { migrate } from '../migrate.ts';
import type { Store } from '../store.ts';
import { storeVariants } from '../test-variants.ts';
import { MIGRATIONS } from './index.ts';

interface OldRow {
  id: number; seq: number | null; at: Date; kind: string; actor: string; user_id: string | null;
  session_id: string | null; app_id: string | null; data: Record<string, unknown>; prev_hash: string | null; hash: string | null;
}

const RECORDS = [
  { kind: 'confirmation-requested', actor: 'hub', user_id: 'mei', session_id: 's1', app_id: 'coffee', data: { confirmationId: 'cfm_1', summary: { title: '拿铁', lines: [{ name: '拿铁 Latte', qty: 1 }] }, amountFen: 2100 } },
  { kind: 'confirmation-granted', actor: 'user:mei', user_id: 'mei', session_id: 's1', app_id: 'coffee', data: { confirmationId: 'cfm_1', argsHash: null } },
  { kind: 'payment-captured', actor: 'user:mei', user_id: 'mei', session_id: 's1', app_id: 'coffee', data: { orderId: 'ord_1', amountFen: 2100, split: { merchantFen: 2037 } } },
  { kind: 'review-approve', actor: 'reviewer:ops', user_id: null, session_id: null, app_id: 'coffee', data: {} },
  { kind: 'consent-granted', actor: 'user:li', user_id: 'li', session_id: null, app_id: 'rail', data: { scope: 'scope.userLocation' } },
];

/**
 * What the hub before migration 12 wrote: each record inserted, then sealed by rewriting its row
 * (seq, prev_hash, hash) with the head moved in the same statement — the old seal's statement.
 */
async function writeOldLayout(store: Store, sealed: number): Promise<OldRow[]> {
  for (const [i, r] of RECORDS.entries()) {
    await store.query('INSERT INTO audit_log (at, kind, actor, user_id, session_id, app_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [new Date(Date.UTC(2026, 10, 20, 2, i)).toISOString(), r.kind, r.actor, r.user_id, r.session_id, r.app_id, JSON.stringify(r.data)]);
  }
  const rows = await store.query<OldRow>('SELECT * FROM audit_log ORDER BY id LIMIT $1', [sealed]);
  let prevHash = '0'.repeat(64);
  const links = rows.map((row, i) => {
    const seq = i + 1;
    const hash = auditHash(prevHash, { seq, at: new Date(row.at), kind: row.kind, actor: row.actor, data: row.data,
      ...(row.user_id ? { userId: row.user_id } : {}), ...(row.session_id ? { sessionId: row.session_id } : {}), ...(row.app_id ? { appId: row.app_id } : {}) });
    const link = { id: Number(row.id), seq, prevHash, hash };
    prevHash = hash;
    return link;
  });
  await store.query(
    `WITH head AS (UPDATE audit_head SET seq = $5, hash = $6 WHERE id AND seq = 0 RETURNING seq),
     sealed AS (
       UPDATE audit_log a SET seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
       FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS s(id, seq, prev_hash, hash), head WHERE a.id = s.id)
     SELECT count(*)::int AS head FROM head`,
    [links.map((l) => l.id), links.map((l) => l.seq), links.map((l) => l.prevHash), links.map((l) => l.hash), sealed, prevHash]);
  return store.query<OldRow>('SELECT * FROM audit_log ORDER BY id');
}

for (const variant of storeVariants()) {
  describe(`migration 12 (the audit chain in a table of its own) on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let old: OldRow[];
    const audit = () => new AuditLog({ store, clock: fixedClock('2026-11-21T10:00:00+08:00') });
    beforeAll(async () => {
      ({ store, dispose } = await variant.open({ migrations: MIGRATIONS.filter((m) => m.version < 12) }));
      old = await writeOldLayout(store, 4);
      expect(await migrate(store, MIGRATIONS.filter((m) => m.version <= 12))).toEqual([12]);
    });
    afterAll(() => dispose());

    it('carries the sealed links over as they were, and seals the records that were still waiting after them', async () => {
      const sealedBefore = old.filter((r) => r.seq !== null);
      expect(sealedBefore).toHaveLength(4);
      const anchor = { seq: 4, hash: sealedBefore[3]!.hash! };
      expect(await store.query('SELECT seq, hash FROM audit_head')).toEqual([{ seq: expect.anything(), hash: anchor.hash }]);
      expect(await audit().verify({ anchors: [anchor] })).toMatchObject({ ok: true, count: 5 });
      const listed = await audit().list();
      expect(listed.map((r) => r.id)).toEqual(old.map((r) => Number(r.id)));
      for (const row of sealedBefore) {
        expect(listed.find((r) => r.id === Number(row.id))).toMatchObject({ seq: Number(row.seq), prevHash: row.prev_hash, hash: row.hash, data: row.data });
      }
      expect(listed[4]).toMatchObject({ seq: 5, prevHash: anchor.hash, kind: 'consent-granted' });
    });

    it('keeps the migrated records append-only and their tampering caught', async () => {
      await expect(store.query(`UPDATE audit_log SET actor = 'x' WHERE id = $1`, [old[0]!.id])).rejects.toThrow(/append-only/);
      await untriggered(store, async () => {
        await store.query(`UPDATE audit_log SET data = '{"orderId":"ord_1","amountFen":1}' WHERE id = $1`, [old[2]!.id]);
        expect(await audit().verify()).toMatchObject({ ok: false, count: 2, broken: { seq: 3 } });
        await store.query('UPDATE audit_log SET data = $2 WHERE id = $1', [old[2]!.id, JSON.stringify(old[2]!.data)]);
      });
      expect(await audit().verify()).toMatchObject({ ok: true, count: 5 });
    });
  });
}
