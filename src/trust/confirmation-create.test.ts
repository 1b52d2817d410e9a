import { describe, expect, it } from 'vitest';
import { AgentOsError, fixedClock, hashValue } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import type { AuditLog } from './audit-log.ts';
import { createConfirmation } from './confirmation-create.ts';
import type { CreateConfirmationInput } from './types.ts';

const payment = (over: Partial<CreateConfirmationInput> = {}): CreateConfirmationInput => ({
  userId: 'alice', sessionId: 'ses-a', kind: 'payment', appId: 'coffee', orderId: 'ord-1', amountFen: 2100,
  summary: { title: '拿铁', merchantName: '咖啡', payee: '咖啡', lines: [{ name: '拿铁', qty: 1, unitPriceFen: 2100 }] },
  argsHash: hashValue({ orderId: 'ord-1' }), ...over,
});

/** A store that records every statement: a refused request must reach none. */
function recordingDeps() {
  const statements: unknown[][] = [];
  const sql = { query: async (text: string, params: unknown[]) => (statements.push([text, params]), []) };
  const store = { asyncCommit: sql, query: sql.query } as unknown as Store;
  const clock = fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai', { frozen: true });
  return { deps: { store, clock, audit: {} as AuditLog, ttlMs: 10 * 60_000 }, statements };
}

describe('asking the user to confirm', () => {
  it('refuses a request that does not say whose, where, what for or how much, naming the field, and stores nothing', async () => {
    const bad: Array<[Partial<CreateConfirmationInput>, string]> = [
      [{ userId: '' }, 'userId'], [{ userId: undefined as unknown as string }, 'userId'],
      [{ sessionId: '' }, 'sessionId'], [{ appId: '' }, 'appId'], [{ argsHash: '' }, 'argsHash'],
      [{ argsHash: 7 as unknown as string }, 'argsHash'],
      [{ kind: 'gift' as 'payment' }, 'kind'],
      [{ orderId: undefined }, 'orderId'], [{ orderId: '' }, 'orderId'], [{ orderId: 42 as unknown as string }, 'orderId'],
      [{ amountFen: undefined }, 'amountFen'], [{ amountFen: 0 }, 'amountFen'], [{ amountFen: -100 }, 'amountFen'], [{ amountFen: 21.5 }, 'amountFen'],
      [{ summary: undefined as unknown as CreateConfirmationInput['summary'] }, 'summary'],
      [{ summary: null as unknown as CreateConfirmationInput['summary'] }, 'summary'],
      [{ summary: 'pay' as unknown as CreateConfirmationInput['summary'] }, 'summary'],
      [{ summary: { merchantName: 'm' } as unknown as CreateConfirmationInput['summary'] }, 'summary'],
      [{ ttlMs: 0 }, 'ttlMs'], [{ ttlMs: -1 }, 'ttlMs'], [{ ttlMs: Number.NaN }, 'ttlMs'],
    ];
    for (const [over, field] of bad) {
      const { deps, statements } = recordingDeps();
      const error = await createConfirmation(deps, payment(over)).catch((caught: unknown) => caught);
      expect(error, field).toBeInstanceOf(AgentOsError);
      expect((error as AgentOsError).code, field).toBe('BAD_REQUEST');
      expect((error as AgentOsError).details.where, field).toBe(`confirmation.${field}`);
      expect((error as AgentOsError).details.fix, field).toBeTruthy();
      expect((error as AgentOsError).message, field).toMatch(/[\u4e00-\u9fff].*\/ [a-z]/);
      expect(statements, field).toEqual([]);
    }
  });

  it('asks for an action without an order or an amount, and binds a payment to both', async () => {
    const action = recordingDeps();
    const issued = await createConfirmation(action.deps, payment({ kind: 'action', orderId: undefined, amountFen: undefined }));
    expect(issued).toMatchObject({ kind: 'action', status: 'pending', userId: 'alice', sessionId: 'ses-a', appId: 'coffee' });
    expect(issued).not.toHaveProperty('orderId');
    expect(issued).not.toHaveProperty('amountFen');
    expect(issued.summary).not.toHaveProperty('amountFen');
    expect(action.statements).toHaveLength(1);
    // an action card never shows a price, even when the caller passes one
    const priced = await createConfirmation(recordingDeps().deps, payment({ kind: 'action', orderId: undefined, amountFen: 500 }));
    expect(priced.summary).not.toHaveProperty('amountFen');

    const paid = recordingDeps();
    const card = await createConfirmation(paid.deps, payment({ ttlMs: 90_000 }));
    expect(card).toMatchObject({ orderId: 'ord-1', amountFen: 2100, summary: { title: '拿铁', amountFen: 2100 } });
    expect(card.expiresAt.getTime() - card.createdAt.getTime()).toBe(90_000);
    const [text, params] = paid.statements[0] as [string, unknown[]];
    // one statement writes the card, its time on the sweep's list and its audit record, queued for the seal
    for (const table of ['confirmations', 'confirmations_due', 'audit_log', 'audit_unsealed']) expect(text, table).toMatch(new RegExp(`INSERT INTO ${table} \\(`));
    expect(params).not.toContain(card.token); // only its hash is written
    expect(params).toContain(card.id);
    // the audit log keeps what the user was asked: which card, for which order, how much, until when
    const audited = params.filter((v): v is string => typeof v === 'string' && v.startsWith('{"confirmationId"')).map((v) => JSON.parse(v) as Record<string, unknown>);
    expect(audited).toEqual([expect.objectContaining({
      confirmationId: card.id, kind: 'payment', orderId: 'ord-1', amountFen: 2100, summary: card.summary, expiresAt: card.expiresAt.toISOString(),
    })]);
  });
});
