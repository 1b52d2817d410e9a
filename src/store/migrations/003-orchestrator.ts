/** Users and their profile (memory), sessions, their event feed, and tasks. */
export default `
CREATE TABLE users (
  id          text PRIMARY KEY,
  profile     jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  id          text PRIMARY KEY,
  user_id     text NOT NULL REFERENCES users(id),
  entrance    text NOT NULL DEFAULT 'cli',
  state       jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE session_events (
  session_id  text NOT NULL REFERENCES sessions(id),
  seq         integer NOT NULL,
  event       jsonb NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, seq)
);

CREATE TABLE tasks (
  id          text PRIMARY KEY,
  session_id  text NOT NULL REFERENCES sessions(id),
  state       text NOT NULL CHECK (state IN ('submitted', 'working', 'input-required', 'completed', 'failed', 'canceled', 'rejected')),
  request     text NOT NULL,
  data        jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_session ON tasks (session_id);
`;
