/**
 * Agents that reach the hub over A2A or MCP: each registered client is an entrance with a
 * bearer key (kept only as a hash) and its own end users. `hub_keys` holds the hub's own
 * secrets that every process must share (the key sealing MCP `requestState`).
 */
export default `
CREATE TABLE agent_clients (
  name          text PRIMARY KEY,
  secret_hash   text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

CREATE TABLE hub_keys (
  name        text PRIMARY KEY,
  secret      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
`;
