/**
 * Two indexes every confirmed payment paid for and nothing read. `audit_log.seq` was unique over
 * every record, so each record entered the index at its insert with no seq and again when sealed;
 * it is unique over sealed records now (the only ones with a seq: the chain still never gives a
 * seq twice). `ledger_entries (transaction_id)` served no query: the checks of `pay verify` read
 * every entry, refunds find entries by order, and transactions are never deleted.
 */
export default `
ALTER TABLE audit_log DROP CONSTRAINT audit_log_seq_key;
CREATE UNIQUE INDEX audit_log_sealed_seq ON audit_log (seq) WHERE seq IS NOT NULL;
DROP INDEX ledger_entries_transaction;
`;
