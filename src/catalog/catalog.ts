import { AgentOsError } from '../core/index.ts';
import type { MiniProgramPackage } from '../package/index.ts';
import { keptReads, type KeptReads, type Store } from '../store/index.ts';

export type VersionStatus = 'pending' | 'approved' | 'rejected';

export interface VersionRecord {
  appId: string;
  version: string;
  hash: string;
  status: VersionStatus;
  review: unknown;
  createdAt: string;
}

export interface Decision {
  appId: string;
  version: string;
  decision: 'approve' | 'reject';
  reason: string;
  actor: string;
  at: string;
}

/**
 * A scalar SQL expression: the counter that every change to what is live moves, in the changing
 * transaction (triggers on versions, automatic mode and remote services keep it). Read it inside
 * a statement already made, and pass it to `LiveTools.refresh`.
 */
export const STAMP_SQL = 'SELECT n FROM catalog_stamp';

interface VersionRow {
  app_id: string;
  version: string;
  hash: string;
  status: VersionStatus;
  review: unknown;
  created_at: Date | string;
}

/**
 * Installed mini-programs: immutable versions (named by content hash), their review
 * reports and decisions, and which version of each is live. Only approved versions run.
 */
export class Catalog {
  readonly #store: Store;
  readonly #packages = new Map<string, MiniProgramPackage>();
  /** Each version's status, kept where this process alone writes the store: `decide` is its only change. */
  readonly #statuses: KeptReads<VersionStatus | undefined>;

  constructor(store: Store) {
    this.#store = store;
    this.#statuses = keptReads(store, 'catalog.statuses', { max: 10_000 });
  }

  /** Stores a package as a new pending version; installing the same content again returns the existing version. */
  async install(appId: string, pkg: MiniProgramPackage): Promise<{ record: VersionRecord; created: boolean }> {
    if (!/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(appId)) {
      throw new AgentOsError('BAD_REQUEST', `"${appId}" is not a valid mini-program id`, { fix: 'use letters, digits, dot, dash or underscore (at most 64), e.g. --id flower-shop' });
    }
    const version = pkg.hash.slice(0, 12);
    const { files, ...manifest } = pkg;
    const created = await this.#store.transaction(async (tx) => {
      await tx.query('INSERT INTO packages (app_id) VALUES ($1) ON CONFLICT DO NOTHING', [appId]);
      const rows = await tx.query(
        `INSERT INTO package_versions (app_id, version, hash, status, manifest, files)
         VALUES ($1, $2, $3, 'pending', $4, $5) ON CONFLICT (app_id, version) DO NOTHING RETURNING version`,
        [appId, version, pkg.hash, JSON.stringify(manifest), JSON.stringify(files)],
      );
      return rows.length === 1;
    });
    return { record: await this.version(appId, version), created };
  }

  async saveReview(appId: string, version: string, review: unknown): Promise<void> {
    await this.#store.query('UPDATE package_versions SET review = $3 WHERE app_id = $1 AND version = $2', [appId, version, JSON.stringify(review)]);
  }

  /** Records a human decision; approving makes this version the live one. */
  async decide(appId: string, version: string | undefined, decision: 'approve' | 'reject', reason: string, actor: string): Promise<VersionRecord> {
    const target = version ? await this.version(appId, version) : await this.#latestPending(appId);
    if (decision === 'reject' && !reason.trim()) {
      throw new AgentOsError('BAD_REQUEST', 'a rejection needs a reason the developer can act on', { fix: 'add --reason "…"' });
    }
    await this.#statuses.change([`${appId}@${target.version}`], () => this.#store.transaction(async (tx) => {
      await tx.query('UPDATE package_versions SET status = $3 WHERE app_id = $1 AND version = $2', [appId, target.version, decision === 'approve' ? 'approved' : 'rejected']);
      await tx.query('INSERT INTO review_decisions (app_id, version, decision, reason, actor) VALUES ($1, $2, $3, $4, $5)', [appId, target.version, decision, reason, actor]);
    }));
    return this.version(appId, target.version);
  }

  async #latestPending(appId: string): Promise<VersionRecord> {
    const rows = await this.#store.query<VersionRow>(
      `SELECT app_id, version, hash, status, review, created_at FROM package_versions WHERE app_id = $1 AND status = 'pending' ORDER BY seq DESC LIMIT 1`,
      [appId],
    );
    if (!rows[0]) throw new AgentOsError('NOT_FOUND', `${appId} has no version waiting for review`, { fix: 'name a version: agentos review show <id>@<version>' });
    return toRecord(rows[0]);
  }

  async version(appId: string, version: string): Promise<VersionRecord> {
    const rows = await this.#store.query<VersionRow>(
      'SELECT app_id, version, hash, status, review, created_at FROM package_versions WHERE app_id = $1 AND version = $2',
      [appId, version],
    );
    if (!rows[0]) throw new AgentOsError('NOT_FOUND', `no version ${version} of ${appId} is installed`, { fix: 'see the versions with: agentos review list' });
    return toRecord(rows[0]);
  }

  /** Every version, newest first (optionally of one app). */
  async list(appId?: string): Promise<VersionRecord[]> {
    const rows = await this.#store.query<VersionRow>(
      `SELECT app_id, version, hash, status, review, created_at FROM package_versions ${appId ? 'WHERE app_id = $1' : ''} ORDER BY seq DESC`,
      appId ? [appId] : [],
    );
    return rows.map(toRecord);
  }

  async decisions(appId: string): Promise<Decision[]> {
    const rows = await this.#store.query<{ app_id: string; version: string; decision: 'approve' | 'reject'; reason: string; actor: string; at: Date | string }>(
      'SELECT app_id, version, decision, reason, actor, at FROM review_decisions WHERE app_id = $1 ORDER BY id',
      [appId],
    );
    return rows.map((r) => ({ appId: r.app_id, version: r.version, decision: r.decision, reason: r.reason, actor: r.actor, at: new Date(r.at).toISOString() }));
  }

  /** The live (latest approved) version of each mini-program. */
  async live(): Promise<{ appId: string; version: string }[]> {
    const rows = await this.#store.query<{ app_id: string; version: string }>(
      `SELECT DISTINCT ON (app_id) app_id, version FROM package_versions WHERE status = 'approved' ORDER BY app_id, seq DESC`,
    );
    return rows.map((r) => ({ appId: r.app_id, version: r.version }));
  }

  /**
   * What makes the live tools what they are, in one statement: the live version of each
   * mini-program, the ones in automatic mode, and `extraKeySql` (a scalar SQL expression, a
   * tool source's key) read in the same snapshot — what every turn checks before it plans.
   */
  async liveSet(extraKeySql = "''"): Promise<{ live: { appId: string; version: string }[]; automatic: Set<string>; extraKey: string; stamp: string }> {
    const [row] = await this.#store.query<{ live: [string, string][] | null; automatic: string[] | null; extra: string | null; stamp: unknown }>(
      `SELECT (${STAMP_SQL}) AS stamp, (SELECT json_agg(json_build_array(app_id, version) ORDER BY app_id)
                 FROM (SELECT DISTINCT ON (app_id) app_id, version FROM package_versions WHERE status = 'approved' ORDER BY app_id, seq DESC) AS l) AS live,
              (SELECT json_agg(app_id ORDER BY app_id) FROM app_settings WHERE automatic_mode) AS automatic,
              ${extraKeySql} AS extra`,
    );
    return {
      live: (row?.live ?? []).map(([appId, version]) => ({ appId, version })),
      automatic: new Set(row?.automatic ?? []),
      extraKey: row?.extra ?? '',
      stamp: String(row?.stamp ?? ''),
    };
  }

  /** The catalog stamp: it moves with every change to what is live (see `STAMP_SQL`). */
  async stamp(): Promise<string> {
    const [row] = await this.#store.query<{ stamp: unknown }>(`SELECT (${STAMP_SQL}) AS stamp`);
    return String(row?.stamp ?? '');
  }

  /**
   * The package of a version; approved only unless `anyStatus`. Versions are immutable (named
   * by content hash), so the package is cached; its status is read each time, except where this
   * process alone writes the store (see `Store.exclusive`).
   */
  async package(appId: string, version?: string, { anyStatus = false } = {}): Promise<{ version: string; pkg: MiniProgramPackage }> {
    const chosen = version ?? (await this.live()).find((l) => l.appId === appId)?.version;
    if (!chosen) throw new AgentOsError('NOT_APPROVED', `${appId} has no approved version`, { fix: `install it and approve it: agentos review approve ${appId}` });
    const key = `${appId}@${chosen}`;
    const cached = this.#packages.get(key);
    if (cached && anyStatus) return { version: chosen, pkg: cached };
    if (cached) {
      const status = await this.#statuses.read(key, async () => (await this.#store.query<{ status: VersionStatus }>(
        'SELECT status FROM package_versions WHERE app_id = $1 AND version = $2', [appId, chosen]))[0]?.status, (status) => status !== undefined);
      if (status !== 'approved') throw notApproved(appId, chosen, status);
      return { version: chosen, pkg: cached };
    }
    const [row] = await this.#store.query<{ status: VersionStatus; manifest: Omit<MiniProgramPackage, 'files'>; files: MiniProgramPackage['files'] }>(
      'SELECT status, manifest, files FROM package_versions WHERE app_id = $1 AND version = $2', [appId, chosen]);
    if (!row || (!anyStatus && row.status !== 'approved')) throw notApproved(appId, chosen, row?.status);
    const pkg = { ...row.manifest, files: row.files };
    this.#packages.set(key, pkg);
    return { version: chosen, pkg };
  }

  /** The mini-programs whose operator turned automatic mode on (their pages become tools). */
  async automaticApps(): Promise<Set<string>> {
    const rows = await this.#store.query<{ app_id: string }>('SELECT app_id FROM app_settings WHERE automatic_mode');
    return new Set(rows.map((r) => r.app_id));
  }

  async setAutomaticMode(appId: string, on: boolean): Promise<void> {
    await this.#store.query(
      `INSERT INTO app_settings (app_id, automatic_mode) VALUES ($1, $2)
       ON CONFLICT (app_id) DO UPDATE SET automatic_mode = EXCLUDED.automatic_mode`,
      [appId, on],
    );
  }

  async allowedDomains(appId: string): Promise<string[]> {
    const rows = await this.#store.query<{ allowed_domains: string[] }>('SELECT allowed_domains FROM app_settings WHERE app_id = $1', [appId]);
    return rows[0]?.allowed_domains ?? [];
  }

  async setAllowedDomains(appId: string, domains: string[]): Promise<void> {
    await this.#store.query(
      `INSERT INTO app_settings (app_id, allowed_domains) VALUES ($1, $2)
       ON CONFLICT (app_id) DO UPDATE SET allowed_domains = EXCLUDED.allowed_domains`,
      [appId, JSON.stringify(domains)],
    );
  }
}

function toRecord(r: VersionRow): VersionRecord {
  return { appId: r.app_id, version: r.version, hash: r.hash, status: r.status, review: r.review, createdAt: new Date(r.created_at).toISOString() };
}

function notApproved(appId: string, version: string, status: VersionStatus | undefined): AgentOsError {
  if (!status) return new AgentOsError('NOT_FOUND', `no version ${version} of ${appId} is installed`, { fix: 'see the versions with: agentos review list' });
  return new AgentOsError('NOT_APPROVED', `${appId}@${version} is ${status}, not approved`, { fix: `agentos review approve ${appId}@${version}` });
}
