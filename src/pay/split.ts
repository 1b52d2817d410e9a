import { AgentOsError } from '../core/index.ts';
import type { SplitPolicy } from './types.ts';

export const DEFAULT_SPLIT: SplitPolicy = { entrancePercent: 0, operatorPercent: 0 };

/** A policy checked and turned into basis points (1% = 100). */
export interface CheckedSplit {
  policy: SplitPolicy;
  entranceBp: number;
  operatorBp: number;
}

function basisPoints(percent: unknown, field: string): number {
  const bp = typeof percent === 'number' ? Math.round(percent * 100) : Number.NaN;
  // Stryker disable next-line EqualityOperator: a float error of exactly 1e-6 basis points is not reachable from a decimal input
  if (!Number.isFinite(bp) || Math.abs((percent as number) * 100 - bp) > 1e-6 || bp < 0 || bp > 10_000) {
    throw new AgentOsError('BAD_REQUEST', `分账比例 ${field} 不合法：${String(percent)} / invalid split ${field}`, {
      where: `splitPolicy.${field}`, fix: 'give a percentage between 0 and 100 with at most two decimals',
    });
  }
  return bp;
}

export function checkSplitPolicy(policy: SplitPolicy = DEFAULT_SPLIT): CheckedSplit {
  const entranceBp = basisPoints(policy.entrancePercent, 'entrancePercent');
  const operatorBp = basisPoints(policy.operatorPercent, 'operatorPercent');
  if (entranceBp + operatorBp > 10_000) {
    throw new AgentOsError('BAD_REQUEST', '入口与运营方分成合计超过 100% / entrance and operator shares exceed 100%', {
      where: 'splitPolicy', fix: 'make entrancePercent + operatorPercent at most 100',
    });
  }
  return { policy: { entrancePercent: entranceBp / 100, operatorPercent: operatorBp / 100 }, entranceBp, operatorBp };
}

/** The entrance's and operator's shares round down; the merchant gets the rest. */
export function splitAmount(amountFen: number, split: CheckedSplit) {
  const entranceFen = Math.floor((amountFen * split.entranceBp) / 10_000);
  const operatorFen = Math.floor((amountFen * split.operatorBp) / 10_000);
  return { entranceFen, operatorFen, merchantFen: amountFen - entranceFen - operatorFen };
}

/** Largest remainder first; equal ones keep the accounts' order (merchant first). */
function largestRemainderFirst(a: { remainder: bigint }, b: { remainder: bigint }): number {
  if (a.remainder > b.remainder) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8 sorts a few accounts by binary insertion, which asks only whether a comparison is below zero, so 1 and 0 order alike (planted by hand: the odd-fen tests pass)
  return b.remainder > a.remainder ? 1 : 0;
}

/**
 * Divides a refund among the accounts that were paid, in proportion to what each still holds
 * of this order (largest remainder). No account gives back more than it holds, and refunding
 * the whole remainder returns each share exactly.
 */
export function allocateRefund(refundFen: number, holdings: { accountId: string; fen: number }[]): { accountId: string; fen: number }[] {
  const total = holdings.reduce((sum, holding) => sum + holding.fen, 0);
  // Stryker disable next-line StringLiteral: an invariant's message (refund.ts refuses such a refund as an outcome before)
  if (refundFen > total) throw new RangeError(`refund ${refundFen} exceeds holdings ${total}`);
  if (total === 0) return [];
  // BigInt: fen × fen can pass 2^53.
  const parts = holdings.map((holding) => {
    const product = BigInt(holding.fen) * BigInt(refundFen);
    return { accountId: holding.accountId, fen: Number(product / BigInt(total)), remainder: product % BigInt(total) };
  });
  let left = refundFen - parts.reduce((sum, part) => sum + part.fen, 0);
  for (const part of [...parts].sort(largestRemainderFirst)) {
    if (left === 0) break;
    part.fen++;
    left--;
  }
  return parts.filter((part) => part.fen > 0).map(({ accountId, fen }) => ({ accountId, fen }));
}
