/**
 * Agents that reach the hub over A2A or MCP: each registered client is an entrance with a
 * bearer key (kept only as a hash) and its own end users. `hub_keys` holds the hub's own
 * secrets that every process must share (the keys sealing MCP `requestState` and held
 * confirmation tokens). A2A tasks are kept as the protocol shapes them, per owner; an A2A
 * context is one hub session, with the sealed tokens of the confirmations it waits on.
 * `remote_services` are the other way round: remote A2A agents and MCP servers the hub
 * calls, each a reviewed snapshot of its tools, live only once an operator approves it.
 */
export default `
CREATE TABLE agent_clients (
  name          text PRIMARY KEY,
  secret_hash   text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_used_at  timestamptz,
  revoked_at    timestamptz
);

CREATE TABLE a2a_contexts (
  id          text PRIMARY KEY,
  owner       text NOT NULL REFERENCES users(id),
  session_id  text NOT NULL REFERENCES sessions(id),
  held        jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE a2a_tasks (
  id          text PRIMARY KEY,
  owner       text NOT NULL REFERENCES users(id),
  context_id  text NOT NULL,
  state       integer NOT NULL,
  task        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX a2a_tasks_owner ON a2a_tasks (owner, updated_at DESC);

CREATE TABLE remote_services (
  name        text PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('a2a', 'mcp')),
  endpoint    jsonb NOT NULL,
  tools       jsonb NOT NULL,
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by  text,
  reason      text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  decided_at  timestamptz
);

CREATE TABLE hub_keys (
  name        text PRIMARY KEY,
  secret      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
`;
