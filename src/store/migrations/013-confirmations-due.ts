/**
 * A confirmation's answer updates its row in place. The partial index the expiry sweep read
 * (`confirmations_pending`: expiry, where still pending) named the status the answer changes, so
 * every redeem wrote a new row version into all four indexes. The sweep reads
 * `confirmations_due` instead: each card's expiry, written with the card, taken off by the sweep
 * once that time has passed, whatever the card's answer (a card answered is left as it is). With
 * no index on what an answer changes, and room left on each page (fillfactor 80), the update
 * stays on the card's page and touches no index.
 */
export default `
CREATE TABLE confirmations_due (
  expires_at  timestamptz NOT NULL,
  id          text NOT NULL,
  PRIMARY KEY (expires_at, id)
);
INSERT INTO confirmations_due (expires_at, id) SELECT expires_at, id FROM confirmations WHERE status = 'pending';
DROP INDEX confirmations_pending;
ALTER TABLE confirmations SET (fillfactor = 80);
`;
