import { AgentOsError } from '../core/index.ts';
import { formatYuan, MAX_FEN, parseYuan } from './money.ts';
import type { OrderDraft, StoredOrderLine } from './types.ts';

/** An order draft checked and converted to fen. */
export interface CheckedDraft {
  title: string;
  amountFen: number;
  lines: StoredOrderLine[];
  meta: Record<string, unknown>;
  notifyApi?: string;
}

/** Caps on what a mini-program writes into an order: lengths a person can read, counts a card can show. */
export const ORDER_LIMITS = { titleChars: 128, nameChars: 128, refChars: 128, lines: 100, qty: 100_000, metaBytes: 16 * 1024 } as const;

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
    // Stryker disable next-line all: refChars and nameChars are both 128 today, so either branch is the same limit
    const limit = field === 'ref' ? ORDER_LIMITS.refChars : ORDER_LIMITS.nameChars;
    if (line[field].length > limit) throw bad(`${where}.${field}`, `${field} 超过 ${limit} 个字符`, `${field} is longer than ${limit} characters`, `shorten ${field}`);
  }
  if (!Number.isSafeInteger(line.qty) || (line.qty as number) <= 0 || (line.qty as number) > ORDER_LIMITS.qty) {
    throw bad(`${where}.qty`, `数量 ${String(line.qty)} 不是 1 到 ${ORDER_LIMITS.qty} 的整数`, `qty ${String(line.qty)} is not an integer from 1 to ${ORDER_LIMITS.qty}`, 'give qty as 1, 2, 3…');
  }
  const price = parseYuan(line.unitPrice, { allowNegative: true });
  if (!price.ok) throw bad(`${where}.unitPrice`, `单价不合法：${price.error}`, `bad unitPrice: ${price.error}`, 'give unitPrice in yuan with at most two decimals');
  if (Math.abs((line.qty as number) * price.value) > MAX_FEN) {
    throw bad(`${where}`, '订单行金额超出上限', `the line's total is larger than the hub handles`, 'split the order or lower qty');
  }
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
  if (raw.title.length > ORDER_LIMITS.titleChars) throw bad('title', `标题超过 ${ORDER_LIMITS.titleChars} 个字符`, `the title is longer than ${ORDER_LIMITS.titleChars} characters`, 'give a short title');
  const amount = parseYuan(raw.amount);
  if (!amount.ok) throw bad('amount', `金额不合法：${amount.error}`, `bad amount: ${amount.error}`, 'give amount in yuan with at most two decimals, e.g. 21.00');
  if (amount.value <= 0) throw bad('amount', '金额必须大于 0', 'the amount must be above zero', 'a free order needs no payment');
  if (!Array.isArray(raw.lines) || raw.lines.length === 0) throw bad('lines', '订单至少要有一行', 'the order needs at least one line', 'list what is bought in lines');
  if (raw.lines.length > ORDER_LIMITS.lines) throw bad('lines', `订单行超过 ${ORDER_LIMITS.lines} 行`, `the order has more than ${ORDER_LIMITS.lines} lines`, 'group what is bought into fewer lines');
  const lines = raw.lines.map(checkLine);
  // Integer fen, summed exactly (BigInt): lines that cancel out cannot hide a wrong total.
  const exact = lines.reduce((total, line) => total + BigInt(line.qty) * BigInt(line.unitPriceFen), 0n);
  const sum = Number(exact);
  if (exact !== BigInt(amount.value)) {
    throw bad('amount', `金额 ${formatYuan(amount.value)} 与订单行合计 ${formatYuan(sum)} 不符`,
      `the amount ${formatYuan(amount.value)} differs from the lines' total ${formatYuan(sum)}`, 'make amount the sum of qty × unitPrice over the lines');
  }
  if (raw.meta !== undefined && !isPlainObject(raw.meta)) throw bad('meta', 'meta 必须是对象', 'meta must be an object', 'give meta as { key: value }');
  if (raw.meta !== undefined && Buffer.byteLength(JSON.stringify(raw.meta)) > ORDER_LIMITS.metaBytes) throw bad('meta', 'meta 超过 16 KB', 'meta is larger than 16 KB', 'keep only what the mini-program needs later');
  if (raw.notifyApi !== undefined && (typeof raw.notifyApi !== 'string' || raw.notifyApi === '')) {
    throw bad('notifyApi', 'notifyApi 必须是同一技能的 API 名', 'notifyApi must name an API of the same skill', 'give the API name as a string');
  }
  return {
    title: raw.title, amountFen: amount.value, lines, meta: (raw.meta as Record<string, unknown> | undefined) ?? {},
    ...(raw.notifyApi ? { notifyApi: raw.notifyApi as string } : {}),
  };
}
