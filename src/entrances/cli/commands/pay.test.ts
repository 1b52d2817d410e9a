import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../core/index.ts';
import type { PayService } from '../../../pay/index.ts';
import { confirmedPayment, payAndTrust } from '../../../pay/test-support.ts';
import { openMemoryStore, type Store } from '../../../store/index.ts';
import type { TrustService } from '../../../trust/index.ts';
import { registerAuditCommands } from './audit.ts';
import { registerPayCommands } from './pay.ts';

describe('agentos pay and agentos audit', () => {
  let store: Store;
  let pay: PayService;
  let trust: TrustService;
  let orderId: string;

  /** Runs one command line the way main.ts would, returning what it printed and its exit code. */
  async function cli(...args: string[]): Promise<{ out: string; code: number }> {
    let out = '';
    const program = new Command('agentos').exitOverride().configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (out += s) });
    const open = async () => ({ pay, trust, close: async () => undefined });
    registerPayCommands(program, open);
    registerAuditCommands(program, open);
    const stderr = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stderr.write;
    try {
      await program.parseAsync(['node', 'agentos', ...args]);
      return { out, code: Number(process.exitCode ?? 0) };
    } finally {
      process.stderr.write = stderr;
      process.exitCode = undefined;
    }
  }

  beforeAll(async () => {
    store = await openMemoryStore();
    ({ pay, trust } = payAndTrust(store, fixedClock('2026-11-20T10:00:00+08:00')));
    await pay.ensureMerchant('coffee', '咖啡');
    await pay.ensureWallet('alice', 100_00);
    ({ order: { orderId } } = await confirmedPayment(pay, trust, { userId: 'alice', sessionId: 's1', amountFen: 2100, key: 'k1' }));
  });
  afterAll(() => store.close());

  it('tops up a wallet once per key, and refuses an amount that is not yuan', async () => {
    expect((await cli('pay', 'topup', 'phone:amy', '12.50', '--key', 'fund-1')).out).toContain('¥12.50');
    expect((await cli('pay', 'topup', 'phone:amy', '12.50', '--key', 'fund-1')).out).toContain('¥12.50'); // the same key: once
    expect(await pay.balance('phone:amy')).toBe(1250);
    const bad = await cli('pay', 'topup', 'phone:amy', '-3');
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/invalid amount/);
  });

  it('shows balances and orders', async () => {
    expect((await cli('pay', 'balance', '--user', 'alice')).out).toContain('alice: ¥79.00');
    const all = await cli('pay', 'balance');
    expect(all.out).toMatch(/merchant\s+merchant:coffee\s+咖啡\s+¥21\.00/);
    const orders = await cli('pay', 'orders', '--user', 'alice');
    expect(orders.out).toContain(orderId);
    expect(orders.out).toContain('paid');
    expect(JSON.parse((await cli('pay', 'orders', '--app', 'coffee', '--json')).out)).toHaveLength(1);
    expect((await cli('pay', 'orders', '--status', 'lost')).code).toBe(2);
  });

  it('refunds in yuan and refuses a bad amount or a missing reason clearly', async () => {
    const refund = await cli('pay', 'refund', orderId, '--amount', '5', '--reason', '少一份');
    expect(refund.out).toContain('¥5.00');
    expect(refund.code).toBe(0);
    expect(await pay.balance('alice')).toBe(100_00 - 2100 + 500);
    const bad = await cli('pay', 'refund', orderId, '--amount', '1.234', '--reason', 'x');
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/--amount/);
    const tooMuch = await cli('pay', 'refund', orderId, '--amount', '100', '--reason', 'x');
    expect(tooMuch.code).toBe(4);
    expect(tooMuch.out).toContain('exceeds');
    await expect(cli('pay', 'refund', orderId)).rejects.toThrow(/--reason/);
  });

  it('pay verify passes, and exits 1 naming the problem when the ledger is off', async () => {
    const ok = await cli('pay', 'verify');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('ledger verified');
    await store.query(`UPDATE ledger_accounts SET balance_fen = balance_fen + 100 WHERE id = 'wallet:alice'`);
    const broken = await cli('pay', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('[balance-mismatch] wallet:alice');
    await store.query(`UPDATE ledger_accounts SET balance_fen = balance_fen - 100 WHERE id = 'wallet:alice'`);
  });

  it('audit show prints a session, audit verify checks the chain and exits 1 when it is broken', async () => {
    const shown = await cli('audit', 'show', '--session', 's1');
    expect(shown.out).toMatch(/#\d+ .* confirmation-requested/);
    expect(shown.out).toContain('payment-captured');
    expect(shown.out).toContain('payment-refunded');
    expect((await cli('audit', 'verify')).out).toContain('audit chain intact');
    await store.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await store.query(`UPDATE audit_log SET actor = 'someone-else' WHERE id = (SELECT id FROM audit_chain WHERE seq = 2)`);
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('broken at record 2');
  });
});
