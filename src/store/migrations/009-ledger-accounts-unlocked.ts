/**
 * A ledger entry names its account without a foreign key. The key made every entry share-lock
 * its account row, and every payment has entries on the same few rows (the merchant, the
 * entrance, the operator): concurrent payments queued on those rows' lock records. Accounts
 * are permanent instead — never deleted, their id never changed — so an account seen once
 * exists for good (only a TRUNCATE could remove one; it waits for every posting, and the store
 * import's is of a fresh store). The statements that post entries check that their accounts
 * exist, without a lock, and `pay verify` names any entry whose account does not.
 */
export default `
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_account_id_fkey;

CREATE FUNCTION ledger_accounts_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger accounts are permanent: the ledger refers to them' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER ledger_accounts_no_delete BEFORE DELETE OR UPDATE OF id ON ledger_accounts
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_accounts_permanent();
`;
