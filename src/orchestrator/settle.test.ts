import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserProfile } from '../memory/index.ts';
import type { OrchestratorDeps } from './deps.ts';
import type { HubEvent } from './events.ts';
import { emptyState, type HeldCall, type Pending } from './session-state.ts';
import { Turn } from './turn.ts';

// The confirmed call and the mini-program's notification run through act(), which has its own tests: here, only what it is asked.
const act = vi.fn(async (..._args: unknown[]) => 'continue' as const);
vi.mock('./act.ts', () => ({ act: (...args: unknown[]) => act(...args) }));
const { acceptConfirmation, declineConfirmation, finishAccepted, removePending } = await import('./settle.ts');

type ConfirmationPending = Extract<Pending, { kind: 'confirmation' }>;
const refusal = (reason: string) => ({ ok: false as const, reason, message: { zh: `拒绝:${reason}`, en: `refused: ${reason}` } });
const paidOrder = { ok: true as const, order: { orderId: 'o1' }, replayed: false };

/** A hub's parts as settle sees them: every call recorded, money moved only where a test says. */
function fakeDeps() {
  const trust = {
    redeem: vi.fn(async (_input: Record<string, unknown>): Promise<unknown> => ({ ok: true, confirmation: {}, replayed: false })),
    decline: vi.fn(async (_input: Record<string, unknown>) => ({ ok: true })),
  };
  const pay = {
    captureOnTap: vi.fn(async (redeem: (input: unknown) => Promise<unknown>, input: Record<string, unknown>): Promise<unknown> => {
      const redeemed = await redeem({ id: input.confirmationId });
      return redeemed && (redeemed as { ok: boolean }).ok ? { ok: true, captured: paidOrder } : redeemed;
    }),
    capture: vi.fn(async (_input: Record<string, unknown>): Promise<unknown> => paidOrder),
    cancel: vi.fn(async (_orderId: string) => ({ ok: true })),
    getOrder: vi.fn(async (orderId: string) => ({ orderId, lines: [{ ref: 'latte', name: 'Latte', qty: 2, unitPrice: 5, unitPriceFen: 500 }, { ref: 'fee', name: 'Delivery fee', qty: 1, unitPrice: 2.5, unitPriceFen: 250 }] })),
  };
  const tools = [
    { id: 'wx_shop.paid', appId: 'wx_shop', api: 'paid', skill: 'order' },
    { id: 'wx_shop.help.paid', appId: 'wx_shop', api: 'paid', skill: 'help' },
  ];
  const deps = { trust, pay, tools: { toolsOf: vi.fn((appId: string) => tools.filter((t) => t.appId === appId)) } } as unknown as OrchestratorDeps;
  return { deps, trust, pay };
}

function newTurn(lang: 'zh' | 'en' = 'en') {
  const user: UserProfile = { id: 'alice', name: 'Alice', lang, addresses: [], passengers: [], preferences: {} };
  const saves = vi.fn(async () => []);
  const turn = new Turn({ id: 's1', userId: 'alice', entrance: 'web', state: emptyState() }, user, 'web', undefined, saves);
  return { turn, saves };
}

const payment = (extra: Partial<ConfirmationPending> = {}): ConfirmationPending => ({ kind: 'confirmation', confirmationId: 'cf1', confirmKind: 'payment', appId: 'wx_shop', orderId: 'o1', amountFen: 1250, notifyApi: 'paid', skill: 'order', ...extra });
const call: HeldCall = { toolId: 'wx_shop.cancelBooking', arguments: { bookingId: 'b1' }, by: 'planner' };
const action = (extra: Partial<ConfirmationPending> = {}): ConfirmationPending => ({ kind: 'confirmation', confirmationId: 'cf2', confirmKind: 'action', appId: 'wx_shop', argsHash: 'h2', call, ...extra });
const payments = (turn: Turn) => turn.events.filter((e): e is Extract<HubEvent, { type: 'payment' }> => e.type === 'payment');

beforeEach(() => act.mockClear());

describe('the user’s yes on a payment card', () => {
  it('redeems and captures together, once, bound to this order, this user and this gesture', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    const pending = payment({ argsHash: 'h1' });
    turn.state.pending.push(pending);
    expect(await acceptConfirmation(deps, turn, pending, 'tok')).toBe('continue');
    expect(pay.captureOnTap).toHaveBeenCalledTimes(1);
    expect(pay.captureOnTap.mock.calls[0]![1]).toEqual({
      confirmationId: 'cf1', token: 'tok', userId: 'alice', sessionId: 's1', orderId: 'o1', amountFen: 1250, argsHash: 'h1',
      redeemKey: 'capture:cf1', idempotencyKey: 'capture:cf1', entrance: 'web',
    });
    expect(trust.redeem).toHaveBeenCalledWith({ id: 'cf1' }); // the trust layer decides, inside the capture
    expect(pay.capture).not.toHaveBeenCalled(); // never a second capture of what the tap captured
    expect(pay.cancel).not.toHaveBeenCalled();
    expect(turn.state.pending).toEqual([]);
  });

  it('binds no argsHash it was not given', async () => {
    const { deps, pay } = fakeDeps();
    await acceptConfirmation(deps, newTurn().turn, payment(), 'tok');
    expect(pay.captureOnTap.mock.calls[0]![1]).not.toHaveProperty('argsHash');
  });

  it('tells the user what was paid, saves that before anything else, and tells the mini-program', async () => {
    const { deps } = fakeDeps();
    const { turn, saves } = newTurn();
    await acceptConfirmation(deps, turn, payment(), 'tok');
    expect(payments(turn)).toEqual([{ type: 'payment', appId: 'wx_shop', orderId: 'o1', amount: 12.5, status: 'captured', message: expect.stringContaining('12.50') }]);
    expect(saves).toHaveBeenCalledTimes(1);
    expect(turn.state.transcript.at(-1)).toEqual({ role: 'hub', text: expect.stringContaining('o1') });
    // said in words too, with what it paid for: a voice or agent client shows no receipt card
    const said = turn.events.filter((e) => e.type === 'message').map((e) => (e as { text: string }).text).join('\n');
    expect(said).toContain('12.50');
    expect(said).toMatch(/Latte ×2 ¥10\.00.*Delivery fee ×1 ¥2\.50/);
    expect(act).toHaveBeenCalledTimes(1);
    expect(act.mock.calls[0]!.slice(2)).toEqual([{ toolId: 'wx_shop.paid', arguments: { orderId: 'o1', status: 'paid' }, by: 'hub' }, { mode: 'system', booksOnly: false }]);
  });

  it('says the receipt line by line in the user’s language, and only the amount when the order cannot be read', async () => {
    const said = (turn: Turn) => turn.events.filter((e) => e.type === 'message').map((e) => (e as { text: string }).text).join('\n');
    const zh = newTurn('zh').turn;
    await acceptConfirmation(fakeDeps().deps, zh, payment(), 'tok');
    expect(said(zh)).toContain('已支付 ¥12.50（Latte ×2 ¥10.00、Delivery fee ×1 ¥2.50）。');
    const en = newTurn('en').turn;
    await acceptConfirmation(fakeDeps().deps, en, payment(), 'tok');
    expect(said(en)).toContain('Paid ¥12.50 (Latte ×2 ¥10.00, Delivery fee ×1 ¥2.50).');
    const { deps, pay } = fakeDeps();
    pay.getOrder.mockResolvedValueOnce(undefined as never);
    const unread = newTurn('en').turn;
    await acceptConfirmation(deps, unread, payment(), 'tok');
    expect(said(unread).split('\n')).toContain('Paid ¥12.50.');
  });

  it('says the order\'s title where it tells more than its lines (the inn, the room, the nights)', async () => {
    const said = (turn: Turn) => turn.events.filter((e) => e.type === 'message').map((e) => (e as { text: string }).text).join('\n');
    const { deps, pay } = fakeDeps();
    pay.getOrder.mockResolvedValueOnce({ orderId: 'o1', title: '山居客栈·渡口店 松间大床房 2晚', lines: [{ ref: 'r', name: '松间大床房 03-06', qty: 1, unitPrice: 6.25, unitPriceFen: 625 }, { ref: 'r', name: '松间大床房 03-07', qty: 1, unitPrice: 6.25, unitPriceFen: 625 }] } as never);
    const zh = newTurn('zh').turn;
    await acceptConfirmation(deps, zh, payment(), 'tok');
    expect(said(zh)).toContain('已支付 ¥12.50：山居客栈·渡口店 松间大床房 2晚（松间大床房 03-06 ×1 ¥6.25、松间大床房 03-07 ×1 ¥6.25）。');
    const plain = newTurn('zh').turn;
    const { deps: again, pay: paid } = fakeDeps();
    paid.getOrder.mockResolvedValueOnce({ orderId: 'o1', title: 'Latte', lines: [{ ref: 'latte', name: 'Latte', qty: 2, unitPrice: 6.25, unitPriceFen: 625 }] } as never);
    await acceptConfirmation(again, plain, payment(), 'tok');
    expect(said(plain)).toContain('已支付 ¥12.50（Latte ×2 ¥12.50）。');
  });

  it('says the amount in the user’s language', async () => {
    const { deps } = fakeDeps();
    const zh = newTurn('zh').turn;
    await acceptConfirmation(deps, zh, payment(), 'tok');
    expect(payments(zh)[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    const en = newTurn('en').turn;
    await acceptConfirmation(deps, en, payment(), 'tok');
    expect(payments(en)[0]!.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('a refused tap pays nothing, cancels nothing, calls nothing, and answers as the refusal says', async () => {
    for (const [reason, code, kept] of [['wrong_user', 'FORBIDDEN', true], ['wrong_session', 'FORBIDDEN', true], ['wrong_token', 'FORBIDDEN', true], ['order_mismatch', 'CONFLICT', true], ['args_mismatch', 'CONFLICT', true], ['unknown', 'NOT_FOUND', true], ['amount_mismatch', 'CONFLICT', true], ['expired', 'CONFLICT', false], ['already_used', 'CONFLICT', false], ['declined', 'CONFLICT', false]] as const) {
      const { deps, trust, pay } = fakeDeps();
      trust.redeem.mockResolvedValueOnce(refusal(reason));
      const { turn, saves } = newTurn();
      const pending = payment();
      turn.state.pending.push(pending);
      expect(await acceptConfirmation(deps, turn, pending, 'tok'), reason).toBe('refused');
      expect(pay.capture).not.toHaveBeenCalled();
      expect(pay.cancel).not.toHaveBeenCalled();
      expect(act).not.toHaveBeenCalled();
      expect(saves).not.toHaveBeenCalled();
      expect(payments(turn)).toEqual([]);
      expect(turn.failure?.code, reason).toBe(code);
      expect(turn.failure?.message).toBe(`refused: ${reason}`);
      expect(turn.failure?.details).toEqual({ reason, confirmationId: 'cf1' }); // the entrance names the card and why
      expect(turn.events[0]).toEqual({ type: 'error', code: `CONFIRMATION_${reason.toUpperCase()}`, message: `refused: ${reason}` });
      // a stranger's tap leaves the card for its owner; a card that can no longer pay is taken away, and the user told why
      expect(turn.state.pending, reason).toEqual(kept ? [pending] : []);
      expect(turn.state.transcript, reason).toEqual(kept ? [] : [{ role: 'assistant', text: `refused: ${reason}` }]);
    }
  });

  it('a payment card with no order is redeemed, not captured on the tap', async () => {
    const { deps, trust, pay } = fakeDeps();
    await acceptConfirmation(deps, newTurn().turn, payment({ orderId: undefined }), 'tok');
    expect(pay.captureOnTap).not.toHaveBeenCalled();
    expect(trust.redeem).toHaveBeenCalledTimes(1);
  });

  it('a payment card with no amount is redeemed first, then its order captured once, keyed by the confirmation', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    await acceptConfirmation(deps, turn, payment({ amountFen: undefined }), 'tok');
    expect(pay.captureOnTap).not.toHaveBeenCalled();
    expect(trust.redeem).toHaveBeenCalledWith({ id: 'cf1', token: 'tok', userId: 'alice', sessionId: 's1', idempotencyKey: 'capture:cf1', orderId: 'o1' });
    expect(Object.keys(trust.redeem.mock.calls[0]![0])).not.toContain('amountFen'); // binds no amount it was not given
    expect(pay.capture).toHaveBeenCalledTimes(1);
    expect(pay.capture).toHaveBeenCalledWith({ orderId: 'o1', confirmationId: 'cf1', idempotencyKey: 'capture:cf1', entrance: 'web' });
  });
});

describe('the user’s yes on an action card', () => {
  it('redeems the confirmation bound to the exact arguments, then runs the held call as confirmed', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    const pending = action();
    turn.state.pending.push(pending);
    expect(await acceptConfirmation(deps, turn, pending, 'tok')).toBe('continue');
    expect(trust.redeem).toHaveBeenCalledWith({ id: 'cf2', token: 'tok', userId: 'alice', sessionId: 's1', idempotencyKey: 'capture:cf2', argsHash: 'h2' });
    expect(act).toHaveBeenCalledTimes(1);
    expect(act.mock.calls[0]!.slice(2)).toEqual([{ ...call, by: 'hub' }, { confirmed: true }]);
    expect(pay.capture).not.toHaveBeenCalled();
    expect(pay.captureOnTap).not.toHaveBeenCalled();
    expect(turn.state.pending).toEqual([]);
  });

  it('an action’s yes never captures money, even when it names an order and an amount: it binds them and runs the call', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    expect(await acceptConfirmation(deps, turn, action({ orderId: 'o1', amountFen: 500 }), 'tok')).toBe('continue');
    expect(pay.captureOnTap).not.toHaveBeenCalled();
    expect(pay.capture).not.toHaveBeenCalled();
    expect(trust.redeem).toHaveBeenCalledWith({ id: 'cf2', token: 'tok', userId: 'alice', sessionId: 's1', idempotencyKey: 'capture:cf2', orderId: 'o1', amountFen: 500, argsHash: 'h2' });
    expect(act).toHaveBeenCalledTimes(1);
  });

  it('an unconfirmed action never runs', async () => {
    const { deps, trust } = fakeDeps();
    trust.redeem.mockResolvedValueOnce(refusal('args_mismatch'));
    const { turn } = newTurn();
    expect(await acceptConfirmation(deps, turn, action(), 'tok')).toBe('refused');
    expect(act).not.toHaveBeenCalled();
    expect(turn.failure?.code).toBe('CONFLICT');
  });

  it('an action with nothing held goes on without running anything', async () => {
    const { deps } = fakeDeps();
    expect(await finishAccepted(deps, newTurn().turn, action({ call: undefined }))).toBe('continue');
    expect(act).not.toHaveBeenCalled();
  });
});

describe('finishing a yes', () => {
  it('a yes captured before a restart is not captured again', async () => {
    const { deps, pay } = fakeDeps();
    const { turn } = newTurn();
    await finishAccepted(deps, turn, payment(), paidOrder as never);
    expect(pay.capture).not.toHaveBeenCalled();
    expect(payments(turn)[0]!.status).toBe('captured');
  });

  it('a capture that fails charges nothing: the order is canceled, the user and the mini-program told', async () => {
    const { deps, pay } = fakeDeps();
    pay.capture.mockResolvedValueOnce({ ok: false, reason: 'insufficient_balance', message: { zh: '余额不足', en: 'Not enough balance' } });
    const { turn, saves } = newTurn();
    expect(await finishAccepted(deps, turn, payment())).toBe('continue');
    expect(payments(turn)).toEqual([{ type: 'payment', appId: 'wx_shop', orderId: 'o1', amount: 12.5, status: 'failed', message: 'Not enough balance' }]);
    expect(pay.cancel).toHaveBeenCalledWith('o1');
    expect(turn.state.transcript).toContainEqual({ role: 'assistant', text: 'Not enough balance' });
    expect(turn.state.transcript.at(-1)).toEqual({ role: 'hub', text: expect.stringContaining('o1') });
    // no receipt is said for money that did not move
    expect(turn.events.filter((e) => e.type === 'message').map((e) => (e as { text: string }).text).join('\n')).not.toContain('Paid');
    expect(saves).not.toHaveBeenCalled();
    expect(act.mock.calls[0]![2]).toEqual({ toolId: 'wx_shop.paid', arguments: { orderId: 'o1', status: 'canceled' }, by: 'hub' });
    expect(act.mock.calls[0]![3]).toEqual({ mode: 'system', booksOnly: true }); // its answer is not told to the user
  });

  it('a cancel that fails after a failed capture does not stop the mini-program being told', async () => {
    const { deps, pay } = fakeDeps();
    pay.capture.mockResolvedValueOnce(refusal('insufficient_balance'));
    pay.cancel.mockRejectedValueOnce(new Error('store down'));
    expect(await finishAccepted(deps, newTurn().turn, payment())).toBe('continue');
    expect(act).toHaveBeenCalledTimes(1);
  });

  it('an order with no id or amount is reported as nothing and zero', async () => {
    const { deps, pay } = fakeDeps();
    const { turn } = newTurn();
    await finishAccepted(deps, turn, payment({ orderId: undefined, amountFen: undefined, notifyApi: undefined }));
    expect(pay.capture.mock.calls[0]![0]).toMatchObject({ orderId: '' });
    expect(payments(turn)[0]).toMatchObject({ orderId: '', amount: 0 });
    expect(act).not.toHaveBeenCalled();
  });
});

describe('telling the mini-program', () => {
  it('calls the callback of the order’s own skill only', async () => {
    const { deps } = fakeDeps();
    await finishAccepted(deps, newTurn().turn, payment({ skill: 'help' }));
    expect(act.mock.calls[0]![2]).toMatchObject({ toolId: 'wx_shop.help.paid' });
    act.mockClear();
    await finishAccepted(deps, newTurn().turn, payment({ skill: 'other' }));
    expect(act).not.toHaveBeenCalled();
  });

  it('calls the first callback of that name when the order named no skill', async () => {
    const { deps } = fakeDeps();
    await finishAccepted(deps, newTurn().turn, payment({ skill: undefined }));
    expect(act.mock.calls[0]![2]).toMatchObject({ toolId: 'wx_shop.paid' });
  });

  it('calls nothing when the order named no callback, there is no order, or the mini-program has none by that name', async () => {
    const { deps } = fakeDeps();
    expect(await finishAccepted(deps, newTurn().turn, payment({ notifyApi: undefined }))).toBe('continue');
    expect(await finishAccepted(deps, newTurn().turn, payment({ orderId: undefined }))).toBe('continue');
    expect(await finishAccepted(deps, newTurn().turn, payment({ notifyApi: 'gone' }))).toBe('continue');
    expect(await finishAccepted(deps, newTurn().turn, payment({ appId: 'wx_other' }))).toBe('continue');
    expect(act).not.toHaveBeenCalled();
  });

  it('passes on a pause from the callback', async () => {
    const { deps } = fakeDeps();
    act.mockResolvedValueOnce('paused' as never);
    expect(await finishAccepted(deps, newTurn().turn, payment())).toBe('paused');
  });
});

describe('the user’s no', () => {
  it('declines a payment: nothing is charged, the order is canceled, the mini-program told', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    const pending = payment();
    turn.state.pending.push(pending);
    expect(await declineConfirmation(deps, turn, pending, 'tok')).toBe('continue');
    expect(trust.decline).toHaveBeenCalledWith({ id: 'cf1', userId: 'alice', sessionId: 's1', token: 'tok' });
    expect(pay.cancel).toHaveBeenCalledWith('o1');
    expect(pay.capture).not.toHaveBeenCalled();
    expect(payments(turn)).toEqual([{ type: 'payment', appId: 'wx_shop', orderId: 'o1', amount: 12.5, status: 'declined', message: expect.any(String) }]);
    expect(turn.state.pending).toEqual([]);
    expect(turn.state.transcript.map((t) => t.role)).toEqual(['assistant', 'hub']);
    expect(act.mock.calls[0]![2]).toEqual({ toolId: 'wx_shop.paid', arguments: { orderId: 'o1', status: 'canceled' }, by: 'hub' });
    expect(act.mock.calls[0]![3]).toEqual({ mode: 'system', booksOnly: true }); // its answer is not told to the user
  });

  it('declines an action: nothing runs and no order is touched', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    expect(await declineConfirmation(deps, turn, action())).toBe('continue');
    expect(trust.decline).toHaveBeenCalledWith({ id: 'cf2', userId: 'alice', sessionId: 's1' });
    expect(pay.cancel).not.toHaveBeenCalled();
    expect(act).not.toHaveBeenCalled();
    expect(payments(turn)).toEqual([]);
    expect(turn.state.transcript.map((t) => t.role)).toEqual(['assistant', 'hub']);
  });

  it('declines a payment whose cancel fails, and still tells the mini-program', async () => {
    const { deps, pay } = fakeDeps();
    pay.cancel.mockRejectedValueOnce(new Error('store down'));
    const { turn } = newTurn();
    expect(await declineConfirmation(deps, turn, payment({ orderId: undefined, amountFen: undefined }))).toBe('continue');
    expect(pay.cancel).toHaveBeenCalledWith('');
    expect(payments(turn)[0]).toMatchObject({ orderId: '', amount: 0 });
  });

  it('speaks the user’s language', async () => {
    const { deps } = fakeDeps();
    const zh = newTurn('zh').turn;
    await declineConfirmation(deps, zh, payment());
    await declineConfirmation(deps, zh, action());
    const en = newTurn('en').turn;
    await declineConfirmation(deps, en, payment());
    await declineConfirmation(deps, en, action());
    const said = (turn: Turn) => turn.state.transcript.filter((t) => t.role === 'assistant').map((t) => (t as { text: string }).text).concat(payments(turn).map((p) => p.message));
    for (const text of said(zh)) expect(text).toMatch(/[\u4e00-\u9fff]/);
    for (const text of said(en)) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    // the order's no, the payment line and the action's no: each said, and each differently
    for (const turn of [zh, en]) expect(new Set(said(turn).filter(Boolean)).size).toBe(3);
    // and the planner is told what was declined, and that nothing ran or was charged
    const notes = (turn: Turn) => turn.state.transcript.filter((t) => t.role === 'hub').map((t) => (t as { text: string }).text);
    expect(notes(en)).toHaveLength(2);
    expect(notes(en)[0]).toContain('o1');
    expect(notes(en)[1]).toMatch(/\w/);
    expect(notes(en)[1]).not.toBe(notes(en)[0]);
  });
});

describe('removePending', () => {
  it('removes the card and any copy of the same confirmation, and nothing else', () => {
    const { turn } = newTurn();
    const pending = payment();
    const copy = { ...pending };
    const other = payment({ confirmationId: 'cf9' });
    const consent: Pending = { kind: 'consent', appId: 'wx_shop', scope: 'scope.address', call };
    const otherConsent: Pending = { kind: 'consent', appId: 'wx_shop', scope: 'scope.phoneNumber', call };
    turn.state.pending.push(pending, copy, other, consent, otherConsent);
    removePending(turn, pending);
    expect(turn.state.pending).toEqual([other, consent, otherConsent]);
    removePending(turn, consent);
    expect(turn.state.pending).toEqual([other, otherConsent]); // the user's answer to one question leaves the other asked
  });
});
