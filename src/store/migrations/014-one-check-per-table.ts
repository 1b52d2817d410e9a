/**
 * Each table a payment writes checks its rows with one CHECK instead of several. PostgreSQL
 * reads every CHECK of a table from its catalog form and prepares it again in each statement
 * that writes the table (a confirmed payment writes orders, confirmations and ledger accounts
 * twice or more), so each constraint costs its own preparation whatever it checks. The rule is
 * the same: the checks joined by AND refuse exactly the rows one of them refused (a check passes
 * unless it is false).
 */
export default `
ALTER TABLE orders
  DROP CONSTRAINT orders_amount_fen_check, DROP CONSTRAINT orders_check, DROP CONSTRAINT orders_status_check,
  ADD CONSTRAINT orders_valid CHECK (amount_fen > 0 AND refunded_fen >= 0 AND refunded_fen <= amount_fen
    AND status IN ('created', 'paid', 'canceled', 'refunded', 'partially_refunded'));
ALTER TABLE confirmations
  DROP CONSTRAINT confirmations_amount_fen_check, DROP CONSTRAINT confirmations_check,
  DROP CONSTRAINT confirmations_kind_check, DROP CONSTRAINT confirmations_status_check,
  ADD CONSTRAINT confirmations_valid CHECK (kind IN ('payment', 'action') AND (amount_fen IS NULL OR amount_fen > 0)
    AND status IN ('pending', 'redeemed', 'declined', 'expired')
    AND (kind <> 'payment' OR (order_id IS NOT NULL AND amount_fen IS NOT NULL)));
ALTER TABLE ledger_accounts
  DROP CONSTRAINT ledger_accounts_balance_fen_check, DROP CONSTRAINT ledger_accounts_check, DROP CONSTRAINT ledger_accounts_kind_check,
  ADD CONSTRAINT ledger_accounts_valid CHECK (kind IN ('wallet', 'merchant', 'entrance', 'operator', 'funding')
    AND balance_fen >= 0 AND (kind = 'wallet') = (balance_fen IS NOT NULL));
`;
