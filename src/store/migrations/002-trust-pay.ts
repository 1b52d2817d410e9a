/**
 * The trust layer (confirmations, consent grants, the hash-chained audit log) and payments
 * (ledger accounts, orders, a double-entry ledger in integer fen, idempotency keys).
 */
export default `
CREATE TABLE confirmations (
  id           text PRIMARY KEY,
  token_hash   text NOT NULL,
  user_id      text NOT NULL,
  session_id   text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('payment', 'action')),
  app_id       text NOT NULL,
  order_id     text,
  amount_fen   bigint CHECK (amount_fen IS NULL OR amount_fen > 0),
  args_hash    text NOT NULL,
  summary      jsonb NOT NULL,
  status       text NOT NULL CHECK (status IN ('pending', 'redeemed', 'declined', 'expired')),
  redeem_key   text,
  created_at   timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL,
  decided_at   timestamptz,
  CHECK (kind <> 'payment' OR (order_id IS NOT NULL AND amount_fen IS NOT NULL))
);
CREATE INDEX confirmations_session ON confirmations (session_id, created_at);
CREATE INDEX confirmations_order ON confirmations (order_id);
CREATE INDEX confirmations_pending ON confirmations (expires_at) WHERE status = 'pending';

CREATE TABLE grants (
  user_id     text NOT NULL,
  app_id      text NOT NULL,
  scope       text NOT NULL,
  state       text NOT NULL CHECK (state IN ('granted', 'denied')),
  decided_at  timestamptz NOT NULL,
  PRIMARY KEY (user_id, app_id, scope)
);

-- Appended inside the transaction of the change it records; chained ("sealed") right after
-- commit, in one short transaction per batch under the head row's lock, so a slow disk flush
-- never serialises the hub's payments. The chain order is the seal order (seq).
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  seq         bigint UNIQUE,
  at          timestamptz NOT NULL,
  kind        text NOT NULL,
  actor       text NOT NULL,
  user_id     text,
  session_id  text,
  app_id      text,
  data        jsonb NOT NULL,
  prev_hash   text,
  hash        text,
  CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL))
);
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE seq IS NULL;
CREATE INDEX audit_log_session ON audit_log (session_id, id);

-- The chain head: one row, locked by every seal so that the chain never forks.
CREATE TABLE audit_head (
  id    boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq   bigint NOT NULL,
  hash  text NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (true, 0, repeat('0', 64));

-- Append-only: the one change a row ever gets is its seal (seq and hashes set once, content untouched).
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.id = OLD.id AND NEW.at = OLD.at
       AND NEW.kind = OLD.kind AND NEW.actor = OLD.actor AND NEW.data = OLD.data
       AND NEW.user_id IS NOT DISTINCT FROM OLD.user_id AND NEW.session_id IS NOT DISTINCT FROM OLD.session_id
       AND NEW.app_id IS NOT DISTINCT FROM OLD.app_id THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- Only wallets keep a stored balance (locked, never below zero). Every other account's balance
-- is the sum of its entries: a popular merchant is then no hot row every payment must queue on.
CREATE TABLE ledger_accounts (
  id           text PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('wallet', 'merchant', 'entrance', 'operator', 'funding')),
  owner        text NOT NULL,
  name         text NOT NULL DEFAULT '',
  balance_fen  bigint CHECK (balance_fen >= 0),
  created_at   timestamptz NOT NULL,
  CHECK ((kind = 'wallet') = (balance_fen IS NOT NULL))
);

CREATE TABLE orders (
  id               text PRIMARY KEY,
  app_id           text NOT NULL,
  skill            text NOT NULL DEFAULT '',
  user_id          text NOT NULL,
  session_id       text,
  title            text NOT NULL,
  amount_fen       bigint NOT NULL CHECK (amount_fen > 0),
  refunded_fen     bigint NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= amount_fen),
  lines            jsonb NOT NULL,
  meta             jsonb NOT NULL DEFAULT '{}',
  notify_api       text,
  status           text NOT NULL CHECK (status IN ('created', 'paid', 'canceled', 'refunded', 'partially_refunded')),
  confirmation_id  text UNIQUE,
  entrance         text,
  split            jsonb,
  created_at       timestamptz NOT NULL,
  paid_at          timestamptz,
  closed_at        timestamptz
);
CREATE INDEX orders_user ON orders (user_id, created_at);
CREATE INDEX orders_app ON orders (app_id, created_at);

CREATE TABLE ledger_transactions (
  id               text PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('fund', 'capture', 'refund')),
  order_id         text REFERENCES orders (id),
  idempotency_key  text,
  reason           text NOT NULL DEFAULT '',
  data             jsonb NOT NULL DEFAULT '{}',
  created_at       timestamptz NOT NULL
);
CREATE UNIQUE INDEX ledger_one_capture_per_order ON ledger_transactions (order_id) WHERE kind = 'capture';

CREATE TABLE ledger_entries (
  id              bigserial PRIMARY KEY,
  transaction_id  text NOT NULL REFERENCES ledger_transactions (id),
  account_id      text NOT NULL REFERENCES ledger_accounts (id),
  amount_fen      bigint NOT NULL CHECK (amount_fen <> 0),
  order_id        text
);
CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id);
CREATE INDEX ledger_entries_account ON ledger_entries (account_id);
CREATE INDEX ledger_entries_order ON ledger_entries (order_id);

CREATE TABLE idempotency_keys (
  key           text PRIMARY KEY,
  operation     text NOT NULL,
  request_hash  text NOT NULL,
  outcome       jsonb,
  created_at    timestamptz NOT NULL
);
`;
