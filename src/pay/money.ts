import { fail, ok, type Result } from '../core/index.ts';
import { yuanText } from '../trust/index.ts';

/** Largest amount the hub handles: ¥10,000,000.00, far inside exact float and int8 range. */
export const MAX_FEN = 1_000_000_000;

/**
 * Yuan (as a mini-program writes it) to integer fen, exactly. A number may carry float noise
 * (`3 * 6.8` is 20.400000000000002) but no third decimal; a string must read `21`, `21.5` or `21.00`.
 */
export function parseYuan(value: unknown, { allowNegative = false } = {}): Result<number, string> {
  let fen: number;
  if (typeof value === 'string') {
    const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
    if (!match) return fail(`"${value}" is not an amount in yuan with at most two decimals`);
    fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
    if (match[1]) fen = -fen;
    // Stryker disable next-line ConditionalExpression: Number.isFinite is false for every non-number; typeof only narrows the type
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    fen = Math.round(value * 100);
    // Stryker disable next-line EqualityOperator: a float error of exactly 1e-4 fen is not reachable from a decimal input
    if (Math.abs(value * 100 - fen) > 1e-4) {
      return fail(`${value} has more than two decimals (yuan are counted to the fen, 0.01)`);
    }
  } else {
    return fail(`${JSON.stringify(value) ?? String(value)} is not an amount in yuan`);
  }
  if (Object.is(fen, -0)) fen = 0;
  if (!allowNegative && fen < 0) return fail(`${String(value)} is negative`);
  if (Math.abs(fen) > MAX_FEN) return fail(`${String(value)} is larger than the hub handles (${yuanText(MAX_FEN)})`);
  return ok(fen);
}

/** Fen to yuan for the edge (`wx.getOrder`): 2150 → 21.5. */
export function toYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** Fen as a person reads it: `¥21.00`. */
export function formatYuan(fen: number): string {
  return yuanText(fen);
}
