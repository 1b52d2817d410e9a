import type { ConfirmationKind, ConfirmationStatus, ConfirmationSummary, ConfirmationView } from './types.ts';

/** A `confirmations` row as the drivers return it. */
export interface ConfirmationRow {
  id: string;
  token_hash: string;
  user_id: string;
  session_id: string;
  kind: ConfirmationKind;
  app_id: string;
  order_id: string | null;
  amount_fen: number | null;
  args_hash: string;
  summary: ConfirmationSummary;
  status: ConfirmationStatus;
  redeem_key: string | null;
  created_at: Date;
  expires_at: Date;
  decided_at: Date | null;
}

export function toConfirmationView(row: ConfirmationRow): ConfirmationView {
  return {
    id: row.id,
    userId: row.user_id,
    sessionId: row.session_id,
    kind: row.kind,
    appId: row.app_id,
    ...(row.order_id !== null ? { orderId: row.order_id } : {}),
    ...(row.amount_fen !== null ? { amountFen: Number(row.amount_fen) } : {}),
    argsHash: row.args_hash,
    summary: row.summary,
    status: row.status,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    ...(row.decided_at !== null ? { decidedAt: new Date(row.decided_at) } : {}),
  };
}

/** `¥21.00` from 2100 fen: what both languages show. */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
