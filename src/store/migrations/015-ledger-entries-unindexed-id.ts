/**
 * `ledger_entries.id` loses its primary key. No statement reads an entry by its id (refunds find
 * an order's entries, balances an account's, `pay verify` reads them all), and ids come from the
 * table's own sequence, never from outside; yet each of a payment's four entries went into the
 * key's index: 4 of its 36 index insertions. What the key refused — an entry copied with its
 * id — `pay verify` names as it names any entry copied (its transaction no longer sums to zero,
 * or a wallet's balance no longer matches its entries).
 */
export default `
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_pkey;
`;
