/**
 * The audit chain in a table of its own. Sealing a record rewrote its whole row (the record with
 * its seq and hashes set), a wide non-HOT update three times per confirmed payment, each record
 * entering its indexes twice. A record is now written once and never changed: `audit_log` refuses
 * every UPDATE, DELETE and TRUNCATE. The seal appends narrow links instead — `audit_chain` (seq,
 * the record's id, the hash; the previous hash is the link before it), as append-only — and
 * takes the record off `audit_unsealed`, the queue each record joins in its own statement.
 * The links sealed so far carry over as they are (same seq, same hash), the records not yet
 * sealed join the queue, and the old columns go.
 */
export default `
CREATE TABLE audit_chain (
  seq   bigint PRIMARY KEY,
  id    bigint NOT NULL UNIQUE,
  hash  text NOT NULL
);
CREATE TABLE audit_unsealed (
  id  bigint PRIMARY KEY
);
INSERT INTO audit_chain (seq, id, hash) SELECT seq, id, hash FROM audit_log WHERE seq IS NOT NULL;
INSERT INTO audit_unsealed (id) SELECT id FROM audit_log WHERE seq IS NULL;

DROP TRIGGER audit_log_no_update ON audit_log;
DROP TRIGGER audit_log_no_delete ON audit_log;
DROP TRIGGER audit_log_no_truncate ON audit_log;
DROP FUNCTION audit_log_seal_only();
DROP FUNCTION audit_log_append_only();
DROP INDEX audit_log_unsealed;
DROP INDEX audit_log_sealed_seq;
ALTER TABLE audit_log DROP COLUMN seq, DROP COLUMN prev_hash, DROP COLUMN hash;

CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
`;
