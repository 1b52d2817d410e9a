import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashValue, type Clock } from '../core/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { TrustService, type CreateConfirmationInput } from './index.ts';

function manualClock(): Clock & { advance(ms: number): void } {
  let now = new Date('2026-11-20T10:00:00+08:00').getTime();
  return { timeZone: 'Asia/Shanghai', now: () => new Date(now), advance: (ms) => void (now += ms) };
}

const payment = (sessionId: string, over: Partial<CreateConfirmationInput> = {}): CreateConfirmationInput => ({
  userId: 'alice', sessionId, kind: 'payment', appId: 'coffee', orderId: 'ord-1', amountFen: 2100,
  summary: { title: '拿铁', merchantName: '咖啡', payee: '咖啡' }, argsHash: hashValue({ orderId: 'ord-1' }), ...over,
});

/** The user's answers at the edges: a yes typed wrong, a no with the wrong token, a no too late. */
for (const variant of storeVariants()) {
  describe(`answering a confirmation, at the edges, on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let trust: TrustService;
    const clock = manualClock();
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      trust = new TrustService({ store, clock, ttlMs: 3 * 60_000 });
    });
    afterAll(() => dispose());

    it('never redeems a payment whose amount comes as text, nor an amount with cents of a fen', async () => {
      const issued = await trust.create(payment('ses-text'));
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-text', orderId: 'ord-1' };
      for (const amountFen of ['2100' as unknown as number, 2100.5, Number.NaN]) {
        expect(await trust.redeem({ ...gesture, amountFen }), String(amountFen)).toMatchObject({ ok: false, reason: 'amount_mismatch' });
      }
      expect((await trust.get(issued.id))?.status).toBe('pending');
      expect(await trust.redeem({ ...gesture, amountFen: 2100 })).toMatchObject({ ok: true });
    });

    it('binds an action tied to an order to that order', async () => {
      const argsHash = hashValue({ api: 'cancelBooking', arguments: { orderId: 'ord-9' } });
      const issued = await trust.create(payment('ses-act', { kind: 'action', orderId: 'ord-9', amountFen: undefined, argsHash }));
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-act', argsHash };
      expect(await trust.redeem({ ...gesture, orderId: 'ord-8' })).toMatchObject({ ok: false, reason: 'order_mismatch' });
      expect(await trust.redeem({ ...gesture, orderId: 'ord-9' })).toMatchObject({ ok: true });
    });

    it('records each refused attempt with the mini-program of the card it aimed at', async () => {
      const issued = await trust.create(payment('ses-aim'));
      await trust.redeem({ id: issued.id, token: 'guess', userId: 'alice', sessionId: 'ses-aim', orderId: 'ord-1', amountFen: 2100 });
      await trust.redeem({ id: 'cfm_none', token: 'guess', userId: 'alice', sessionId: 'ses-aim', orderId: 'ord-1', amountFen: 2100 });
      const refused = (await trust.audit.list({ sessionId: 'ses-aim' })).filter((r) => r.kind === 'confirmation-refused');
      expect(refused).toHaveLength(2);
      expect(refused[0]).toMatchObject({ actor: 'user:alice', appId: 'coffee', data: { confirmationId: issued.id, reason: 'wrong_token', amountFen: 2100 } });
      expect(refused[1]).not.toHaveProperty('appId');
      expect(refused[1]).toMatchObject({ data: { confirmationId: 'cfm_none', reason: 'unknown' } });
    });

    it('says how long the card lived, the time the service was given, on the first and on every later tap', async () => {
      const issued = await trust.create(payment('ses-ttl'));
      expect(issued.expiresAt.getTime() - issued.createdAt.getTime()).toBe(3 * 60_000);
      clock.advance(3 * 60_000);
      const gesture = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-ttl', orderId: 'ord-1', amountFen: 2100 };
      for (let tap = 0; tap < 2; tap++) {
        const outcome = await trust.redeem(gesture);
        expect(outcome).toMatchObject({ ok: false, reason: 'expired' });
        expect(!outcome.ok && outcome.message.en).toContain('3 minutes');
      }
      expect(await trust.decline({ id: issued.id, userId: 'alice', sessionId: 'ses-ttl' })).toMatchObject({ ok: false, reason: 'expired' });
    });

    it('takes a no only from the card\'s own token when one is given, and records why', async () => {
      const issued = await trust.create(payment('ses-no'));
      const no = { id: issued.id, userId: 'alice', sessionId: 'ses-no' };
      expect(await trust.decline({ ...no, token: 'guess' })).toMatchObject({ ok: false, reason: 'wrong_token' });
      expect(await trust.decline({ ...no, sessionId: 'ses-other' })).toMatchObject({ ok: false, reason: 'wrong_session' });
      expect(await trust.decline({ ...no, id: 'cfm_none' })).toMatchObject({ ok: false, reason: 'unknown' });
      expect((await trust.get(issued.id))?.status).toBe('pending'); // the user can still pay
      expect(await trust.decline({ ...no, token: issued.token, reason: '太贵了' })).toMatchObject({ ok: true, replayed: false, confirmation: { status: 'declined' } });
      const [record] = (await trust.audit.list({ sessionId: 'ses-no' })).filter((r) => r.kind === 'confirmation-declined');
      expect(record).toMatchObject({ actor: 'user:alice', appId: 'coffee', data: { confirmationId: issued.id, orderId: 'ord-1', amountFen: 2100, reason: '太贵了' } });
    });

    it('answers the right tap in one statement, holding no transaction open', async () => {
      let transactions = 0;
      const counted = Object.assign(Object.create(store) as Store, {
        query: store.query.bind(store), exec: store.exec.bind(store),
        transaction: <T>(fn: Parameters<Store['transaction']>[0]) => (transactions++, store.transaction(fn) as Promise<T>),
      });
      const quick = new TrustService({ store: counted, clock, ttlMs: 3 * 60_000 });
      const issued = await quick.create(payment('ses-quick'));
      const tap = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-quick', orderId: 'ord-1', amountFen: 2100 };
      expect(await quick.redeem(tap)).toMatchObject({ ok: true, replayed: false });
      expect(transactions).toBe(0);
      expect(await quick.redeem(tap)).toMatchObject({ ok: false, reason: 'already_used' }); // a refusal takes the careful path
      expect(transactions).toBe(1);
      const argsHash = hashValue({ api: 'book', arguments: { seat: '3C' } });
      const action = await quick.create(payment('ses-quick', { kind: 'action', orderId: undefined, amountFen: undefined, argsHash }));
      expect(await quick.redeem({ id: action.id, token: action.token, userId: 'alice', sessionId: 'ses-quick', argsHash })).toMatchObject({ ok: true });
      expect(transactions).toBe(1);
      await quick.flush();
    });

    it('takes the yes to an action even when the entrance sends empty order and amount fields, and records it', async () => {
      const argsHash = hashValue({ api: 'book', arguments: { seat: '7F' } });
      const issued = await trust.create(payment('ses-null', { kind: 'action', orderId: undefined, amountFen: undefined, argsHash }));
      const yes = { id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-null', argsHash, idempotencyKey: 'tap-n',
        orderId: null as unknown as string, amountFen: null as unknown as number };
      expect(await trust.redeem({ ...yes, argsHash: 'other' })).toMatchObject({ ok: false, reason: 'args_mismatch' });
      expect(await trust.redeem(yes)).toMatchObject({ ok: true, replayed: false, confirmation: { id: issued.id, status: 'redeemed' } });
      expect(await trust.redeem(yes)).toMatchObject({ ok: true, replayed: true }); // the same tap retried
      expect(await trust.redeem({ ...yes, idempotencyKey: 'tap-m' })).toMatchObject({ ok: false, reason: 'already_used' });
      const granted = (await trust.audit.list({ sessionId: 'ses-null' })).filter((r) => r.kind === 'confirmation-granted');
      expect(granted).toEqual([expect.objectContaining({
        actor: 'user:alice', userId: 'alice', appId: 'coffee', data: expect.objectContaining({ confirmationId: issued.id, kind: 'action', argsHash }),
      })]);
    });

    it('cannot decline a card already paid: the payment stands', async () => {
      const issued = await trust.create(payment('ses-paid'));
      await trust.redeem({ id: issued.id, token: issued.token, userId: 'alice', sessionId: 'ses-paid', orderId: 'ord-1', amountFen: 2100 });
      expect(await trust.decline({ id: issued.id, userId: 'alice', sessionId: 'ses-paid' })).toMatchObject({ ok: false, reason: 'already_used' });
      expect((await trust.get(issued.id))?.status).toBe('redeemed');
    });
  });
}
