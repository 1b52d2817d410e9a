/**
 * Accounts: each user's role and password hash, and the credentials that stand for them —
 * web sessions (cookies), API tokens (bearer) and one-time sign-in links. Only a hash of each
 * secret is kept, so a copy of the database signs nobody in.
 */
export default `
CREATE TABLE accounts (
  user_id        text PRIMARY KEY REFERENCES users(id),
  role           text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'developer', 'operator')),
  password_hash  text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE credentials (
  id            text PRIMARY KEY,
  user_id       text NOT NULL REFERENCES users(id),
  kind          text NOT NULL CHECK (kind IN ('web-session', 'api-token', 'sign-in-link')),
  secret_hash   text NOT NULL UNIQUE,
  label         text NOT NULL DEFAULT '',
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz,
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX credentials_user ON credentials (user_id, kind);
`;
