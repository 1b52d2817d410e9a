/** Packages, their immutable versions, review decisions, per-app settings and storage. */
export default `
CREATE TABLE packages (
  app_id      text PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE package_versions (
  app_id      text NOT NULL REFERENCES packages(app_id),
  version     text NOT NULL,
  hash        text NOT NULL,
  status      text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  manifest    jsonb NOT NULL,
  files       jsonb NOT NULL,
  review      jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  seq         bigserial,
  PRIMARY KEY (app_id, version)
);

CREATE TABLE review_decisions (
  id          bigserial PRIMARY KEY,
  app_id      text NOT NULL,
  version     text NOT NULL,
  decision    text NOT NULL CHECK (decision IN ('approve', 'reject')),
  reason      text NOT NULL DEFAULT '',
  actor       text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (app_id, version) REFERENCES package_versions(app_id, version)
);

CREATE TABLE app_settings (
  app_id          text PRIMARY KEY,
  allowed_domains jsonb NOT NULL DEFAULT '[]',
  automatic_mode  boolean NOT NULL DEFAULT false,
  settings        jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE app_storage (
  app_id   text NOT NULL,
  user_id  text NOT NULL,
  key      text NOT NULL,
  value    jsonb NOT NULL,
  PRIMARY KEY (app_id, user_id, key)
);
`;
