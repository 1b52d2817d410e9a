import { AgentOsError } from '../core/index.ts';
import { formatYuan, parseYuan } from './money.ts';
import type { OrderDraft, StoredOrderLine } from './types.ts';

/** An order draft checked and converted to fen. */
export interface CheckedDraft {
  title: string;
  amountFen: number;
  lines: StoredOrderLine[];
  meta: Record<string, unknown>;
  notifyApi?: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function bad(where: string, zh: string, en: string, fix: string): AgentOsError {
  return new AgentOsError('BAD_REQUEST', `${zh} / ${en}`, { where: `createOrder.${where}`, fix });
}

function checkLine(line: unknown, index: number): StoredOrderLine {
  const where = `lines[${index}]`;
  if (!isPlainObject(line)) throw bad(where, '订单行必须是对象', 'an order line must be an object', 'write { ref, name, qty, unitPrice, options }');
  for (const field of ['ref', 'name'] as const) {
    if (typeof line[field] !== 'string' || line[field].trim() === '') {
      throw bad(`${where}.${field}`, `订单行缺少 ${field}`, `the line has no ${field}`, `give ${field} as a non-empty string`);
    }
  }
  if (!Number.isSafeInteger(line.qty) || (line.qty as number) <= 0) {
    throw bad(`${where}.qty`, `数量 ${String(line.qty)} 不是正整数`, `qty ${String(line.qty)} is not a positive integer`, 'give qty as 1, 2, 3…');
  }
  const price = parseYuan(line.unitPrice, { allowNegative: true });
  if (!price.ok) throw bad(`${where}.unitPrice`, `单价不合法：${price.error}`, `bad unitPrice: ${price.error}`, 'give unitPrice in yuan with at most two decimals');
  if (line.options !== undefined && !isPlainObject(line.options)) {
    throw bad(`${where}.options`, 'options 必须是对象', 'options must be an object', 'give options as { key: value }');
  }
  return {
    ref: line.ref as string, name: line.name as string, qty: line.qty as number, unitPrice: price.value / 100,
    unitPriceFen: price.value, ...(line.options !== undefined ? { options: line.options as Record<string, unknown> } : {}),
  };
}

/**
 * Checks a mini-program's order at the edge: amount in yuan with at most two decimals,
 * lines whose `qty × unitPrice` sum to exactly the amount. Every problem names its field.
 */
export function checkDraft(draft: OrderDraft): CheckedDraft {
  const raw = draft as unknown;
  if (!isPlainObject(raw)) throw bad('order', '订单必须是对象', 'the order must be an object', 'call createOrder({ title, amount, lines, meta, notifyApi })');
  if (typeof raw.title !== 'string' || raw.title.trim() === '') throw bad('title', '订单缺少标题', 'the order has no title', 'give a short title');
  const amount = parseYuan(raw.amount);
  if (!amount.ok) throw bad('amount', `金额不合法：${amount.error}`, `bad amount: ${amount.error}`, 'give amount in yuan with at most two decimals, e.g. 21.00');
  if (amount.value <= 0) throw bad('amount', '金额必须大于 0', 'the amount must be above zero', 'a free order needs no payment');
  if (!Array.isArray(raw.lines) || raw.lines.length === 0) throw bad('lines', '订单至少要有一行', 'the order needs at least one line', 'list what is bought in lines');
  const lines = raw.lines.map(checkLine);
  const sum = lines.reduce((total, line) => total + line.qty * line.unitPriceFen, 0);
  if (sum !== amount.value) {
    throw bad('amount', `金额 ${formatYuan(amount.value)} 与订单行合计 ${formatYuan(sum)} 不符`,
      `the amount ${formatYuan(amount.value)} differs from the lines' total ${formatYuan(sum)}`, 'make amount the sum of qty × unitPrice over the lines');
  }
  if (raw.meta !== undefined && !isPlainObject(raw.meta)) throw bad('meta', 'meta 必须是对象', 'meta must be an object', 'give meta as { key: value }');
  if (raw.notifyApi !== undefined && (typeof raw.notifyApi !== 'string' || raw.notifyApi === '')) {
    throw bad('notifyApi', 'notifyApi 必须是同一技能的 API 名', 'notifyApi must name an API of the same skill', 'give the API name as a string');
  }
  return {
    title: raw.title, amountFen: amount.value, lines, meta: (raw.meta as Record<string, unknown> | undefined) ?? {},
    ...(raw.notifyApi ? { notifyApi: raw.notifyApi as string } : {}),
  };
}
