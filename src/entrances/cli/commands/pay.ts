import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { AgentOsError, newId, type ErrorCode } from '../../../core/index.ts';
import { formatYuan, parseYuan, type OrderStatus, type PayService } from '../../../pay/index.ts';
import type { TrustService } from '../../../trust/index.ts';
import { runCommand } from '../run-command.ts';

/** What the operator commands need from a hub: opened per command, always closed. */
export interface OperatorServices {
  pay: PayService;
  trust: TrustService;
  close(): Promise<void>;
}

export type OpenOperatorServices = () => Promise<OperatorServices>;

/** Output through commander's configuration, so a test (or a wrapper) can capture it. */
export function writerOf(command: Command): (text: string) => void {
  const write = command.configureOutput().writeOut ?? ((text: string) => void io().stdout.write(text));
  return (text) => write(text.endsWith('\n') ? text : `${text}\n`);
}

export async function withServices<T>(open: OpenOperatorServices, fn: (services: OperatorServices) => Promise<T>): Promise<T> {
  const services = await open();
  try {
    return await fn(services);
  } finally {
    await services.trust.flush().catch(() => undefined); // seal what the command appended before the store closes
    await services.close();
  }
}

const STATUSES: OrderStatus[] = ['created', 'paid', 'canceled', 'refunded', 'partially_refunded'];
const REFUND_CODES: Record<string, ErrorCode> = { not_found: 'NOT_FOUND', invalid_amount: 'BAD_REQUEST', idempotency_conflict: 'CONFLICT' };

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)).join('  ').trimEnd()).join('\n');
}

/** `agentos pay balance|orders|refund|verify`: the operator's view of the money. */
export function registerPayCommands(program: Command, open: OpenOperatorServices): void {
  const pay = program.command('pay').description('wallets, orders, refunds and the ledger check / 钱包、订单、退款与账本核对');

  pay.command('balance').description("a user's wallet, or every account / 用户余额或全部账户")
    .option('--user <id>', 'one user')
    .option('--json', 'print JSON')
    .action((options: { user?: string; json?: boolean }, command: Command) => runCommand(() => withServices(open, async ({ pay: service }) => {
      const write = writerOf(command);
      if (options.user) {
        const balanceFen = await service.balance(options.user);
        write(options.json ? JSON.stringify({ userId: options.user, balanceFen, balance: formatYuan(balanceFen) })
          : `${options.user}: ${formatYuan(balanceFen)}（余额 / balance）`);
        return;
      }
      const accounts = await service.listAccounts();
      if (options.json) return write(JSON.stringify(accounts, null, 2));
      if (accounts.length === 0) return write('还没有账户 / no accounts yet');
      write(table([['KIND', 'ACCOUNT', 'NAME', 'BALANCE'], ...accounts.map((a) => [a.kind, a.id, a.name, formatYuan(a.balanceFen)])]));
    })));

  pay.command('orders').description('orders, newest first / 订单（最新在前）')
    .option('--user <id>', 'one user').option('--app <appId>', 'one mini-program')
    .option('--status <status>', STATUSES.join(' | ')).option('--limit <n>', 'how many', '50').option('--json', 'print JSON')
    .action((options: { user?: string; app?: string; status?: string; limit: string; json?: boolean }, command: Command) => runCommand(() => withServices(open, async ({ pay: service }) => {
      if (options.status && !STATUSES.includes(options.status as OrderStatus)) {
        throw new AgentOsError('BAD_REQUEST', `未知的订单状态 ${options.status} / unknown order status`, { where: '--status', fix: `use one of ${STATUSES.join(', ')}` });
      }
      const orders = await service.listOrders({
        ...(options.user ? { userId: options.user } : {}), ...(options.app ? { appId: options.app } : {}),
        ...(options.status ? { status: options.status as OrderStatus } : {}), limit: Number(options.limit) || 50,
      });
      const write = writerOf(command);
      if (options.json) return write(JSON.stringify(orders, null, 2));
      if (orders.length === 0) return write('没有订单 / no orders');
      write(table([['ORDER', 'STATUS', 'AMOUNT', 'REFUNDED', 'APP', 'USER', 'TITLE'],
        ...orders.map((o) => [o.orderId, o.status, formatYuan(o.amountFen), formatYuan(o.refundedFen), o.appId, o.userId, o.title])]));
    })));

  pay.command('refund <orderId>').description("refund an order to the payer's wallet / 退款到付款人钱包")
    .option('--amount <yuan>', 'part of it, in yuan (default: all that is left)')
    .requiredOption('--reason <text>', 'why (kept in the ledger and the audit log)')
    .option('--key <idempotencyKey>', 'repeat the same key to retry safely')
    .option('--json', 'print JSON')
    .action((orderId: string, options: { amount?: string; reason: string; key?: string; json?: boolean }, command: Command) => runCommand(() => withServices(open, async ({ pay: service }) => {
      let amountFen: number | undefined;
      if (options.amount !== undefined) {
        const parsed = parseYuan(options.amount);
        if (!parsed.ok || parsed.value <= 0) {
          throw new AgentOsError('BAD_REQUEST', `退款金额不合法 / invalid refund amount: ${parsed.ok ? options.amount : parsed.error}`, { where: '--amount', fix: 'give yuan with at most two decimals, e.g. --amount 7.50' });
        }
        amountFen = parsed.value;
      }
      const outcome = await service.refund({
        orderId, reason: options.reason, idempotencyKey: options.key ?? newId('cli-refund'), actor: 'operator:cli',
        ...(amountFen !== undefined ? { amountFen } : {}),
      });
      if (!outcome.ok) throw new AgentOsError(REFUND_CODES[outcome.reason] ?? 'CONFLICT', `${outcome.message.zh} / ${outcome.message.en}`, { where: orderId });
      const write = writerOf(command);
      if (options.json) return write(JSON.stringify({ refundId: outcome.refundId, amountFen: outcome.amountFen, order: outcome.order }, null, 2));
      write(`已退款 ${formatYuan(outcome.amountFen)}（${outcome.refundId}），订单状态 ${outcome.order.status} / refunded ${formatYuan(outcome.amountFen)}; the order is now ${outcome.order.status}`);
    })));

  pay.command('topup <userId> <yuan>').description("add money to a user's wallet from outside (e.g. an agent client's end user) / 充值")
    .option('--key <idempotencyKey>', 'repeat the same key to retry safely')
    .action((userId: string, yuan: string, options: { key?: string }, command: Command) => runCommand(() => withServices(open, async ({ pay: service }) => {
      const parsed = parseYuan(yuan);
      if (!parsed.ok || parsed.value <= 0) {
        throw new AgentOsError('BAD_REQUEST', `充值金额不合法 / invalid amount: ${parsed.ok ? yuan : parsed.error}`, { where: '<yuan>', fix: 'give yuan with at most two decimals, e.g. 50 or 12.50' });
      }
      const balance = await service.topUp(userId, parsed.value, options.key ?? newId('cli-topup'));
      writerOf(command)(`${userId}: ${formatYuan(balance)}`);
    })));

  pay.command('verify').description('check every ledger invariant; exit 1 when one fails / 核对账本')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }, command: Command) => runCommand(() => withServices(open, async ({ pay: service }) => {
      const result = await service.verify();
      const write = writerOf(command);
      if (options.json) write(JSON.stringify(result, null, 2));
      else if (result.ok) {
        const c = result.counts;
        write(`账本核对通过 / ledger verified: ${c.transactions} transactions, ${c.entries} entries, ${c.accounts} accounts, ${c.capturedOrders} captured orders, every one confirmed by its user`);
      } else {
        write(`账本核对失败 / ledger verification FAILED (${result.problems.length}):`);
        for (const p of result.problems) write(`  [${p.check}] ${p.subject}: ${p.message.zh} / ${p.message.en}`);
      }
      return result.ok ? 0 : 1;
    })));
}
