import { AgentOsError, newId, type Clock } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import { decoyHash, DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParams } from './password.ts';
import { isRole, type Role } from './roles.ts';
import { kindOfSecret, newSecret, secretHash, type CredentialKind } from './secrets.ts';

/** Who is asking, as proven by a credential. */
export interface Principal {
  userId: string;
  role: Role;
  credentialId: string;
  kind: CredentialKind;
}

/** A credential as listed (never its secret). */
export interface CredentialView {
  id: string;
  userId: string;
  kind: CredentialKind;
  label: string;
  createdAt: Date;
  expiresAt: Date | undefined;
  lastUsedAt: Date | undefined;
  revoked: boolean;
}

/** A credential just issued: the secret is shown this once and stored only as a hash. */
export interface IssuedCredential {
  id: string;
  secret: string;
  expiresAt: Date | undefined;
}

/** How long each kind lives unless the issuer says otherwise. */
export const LIFETIME_MS: Record<CredentialKind, number | undefined> = {
  'web-session': 7 * 24 * 3_600_000,
  'sign-in-link': 15 * 60_000,
  'api-token': undefined,
};

interface CredentialRow {
  id: string; user_id: string; kind: CredentialKind; label: string; created_at: Date;
  expires_at: Date | null; last_used_at: Date | null; revoked_at: Date | null; role: string | null;
}

/**
 * The hub's accounts: roles, password hashes (scrypt) and credentials, all in the store so
 * any hub process can check them. Users themselves (profiles, wallets) live in memory and pay.
 */
export class Accounts {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #scrypt: ScryptParams;

  constructor({ store, clock, scrypt = DEFAULT_SCRYPT }: { store: Store; clock: Clock; scrypt?: ScryptParams }) {
    this.#store = store;
    this.#clock = clock;
    this.#scrypt = scrypt;
  }

  async role(userId: string): Promise<Role> {
    const [row] = await this.#store.query<{ role: string }>('SELECT role FROM accounts WHERE user_id = $1', [userId]);
    return isRole(row?.role) ? row.role : 'user';
  }

  async setRole(userId: string, role: Role): Promise<void> {
    await this.#requireUser(userId);
    await this.#store.query(
      `INSERT INTO accounts (user_id, role) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET role = EXCLUDED.role, updated_at = now()`,
      [userId, role]);
  }

  /** Users holding `role`. */
  async withRole(role: Role): Promise<string[]> {
    return (await this.#store.query<{ user_id: string }>('SELECT user_id FROM accounts WHERE role = $1 ORDER BY user_id', [role])).map((r) => r.user_id);
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.#requireUser(userId);
    const hash = await hashPassword(password, this.#scrypt);
    await this.#store.query(
      `INSERT INTO accounts (user_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [userId, hash]);
  }

  async hasPassword(userId: string): Promise<boolean> {
    const [row] = await this.#store.query<{ password_hash: string | null }>('SELECT password_hash FROM accounts WHERE user_id = $1', [userId]);
    return !!row?.password_hash;
  }

  /** Checks a password; an unknown user or one without a password costs the same time and fails. */
  async checkPassword(userId: string, password: string): Promise<boolean> {
    const [row] = await this.#store.query<{ password_hash: string | null }>('SELECT password_hash FROM accounts WHERE user_id = $1', [userId]);
    const hash = row?.password_hash ?? (await decoyHash(this.#scrypt));
    return (await verifyPassword(password, hash)) && !!row?.password_hash;
  }

  /** A new credential for the user; its secret is returned once. */
  async issue(userId: string, kind: CredentialKind, { label = '', ttlMs = LIFETIME_MS[kind] }: { label?: string; ttlMs?: number | undefined } = {}): Promise<IssuedCredential> {
    await this.#requireUser(userId);
    const secret = newSecret(kind);
    const now = this.#clock.now();
    const expiresAt = ttlMs === undefined ? undefined : new Date(now.getTime() + ttlMs);
    const id = newId('cred');
    await this.#store.query(
      'INSERT INTO credentials (id, user_id, kind, secret_hash, label, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, userId, kind, secretHash(secret), label, now.toISOString(), expiresAt?.toISOString() ?? null]);
    return { id, secret, expiresAt };
  }

  /** Who a secret stands for, when it is of `kind`, live and unrevoked; notes its use. */
  async authenticate(secret: string, kind: CredentialKind): Promise<Principal | undefined> {
    if (kindOfSecret(secret) !== kind) return undefined;
    const [row] = await this.#store.query<CredentialRow>(
      `UPDATE credentials c SET last_used_at = $3
       WHERE secret_hash = $1 AND kind = $2 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $3)
       RETURNING c.*, (SELECT role FROM accounts a WHERE a.user_id = c.user_id) AS role`,
      [secretHash(secret), kind, this.#clock.now().toISOString()]);
    return row && principal(row);
  }

  /** A one-time sign-in link, spent: the same secret never works twice, even in a race. */
  async redeemLink(secret: string): Promise<Principal | undefined> {
    if (kindOfSecret(secret) !== 'sign-in-link') return undefined;
    const now = this.#clock.now().toISOString();
    const [row] = await this.#store.query<CredentialRow>(
      `UPDATE credentials c SET last_used_at = $2, revoked_at = $2
       WHERE secret_hash = $1 AND kind = 'sign-in-link' AND revoked_at IS NULL AND expires_at > $2
       RETURNING c.*, (SELECT role FROM accounts a WHERE a.user_id = c.user_id) AS role`,
      [secretHash(secret), now]);
    return row && principal(row);
  }

  /** Revokes one credential: the user's own when `userId` is given, any otherwise (an operator). */
  async revoke(credentialId: string, userId?: string): Promise<boolean> {
    const rows = await this.#store.query(
      'UPDATE credentials SET revoked_at = $3 WHERE id = $1 AND ($2::text IS NULL OR user_id = $2) AND revoked_at IS NULL RETURNING id',
      [credentialId, userId ?? null, this.#clock.now().toISOString()]);
    return rows.length > 0;
  }

  /** Revokes the credential a secret stands for (signing out). */
  async revokeSecret(secret: string): Promise<void> {
    await this.#store.query('UPDATE credentials SET revoked_at = $2 WHERE secret_hash = $1 AND revoked_at IS NULL', [secretHash(secret), this.#clock.now().toISOString()]);
  }

  async list(userId: string): Promise<CredentialView[]> {
    const rows = await this.#store.query<CredentialRow>('SELECT *, NULL AS role FROM credentials WHERE user_id = $1 ORDER BY created_at DESC', [userId]);
    return rows.map((r) => ({
      id: r.id, userId: r.user_id, kind: r.kind, label: r.label, createdAt: new Date(r.created_at),
      expiresAt: r.expires_at ? new Date(r.expires_at) : undefined, lastUsedAt: r.last_used_at ? new Date(r.last_used_at) : undefined, revoked: r.revoked_at !== null,
    }));
  }

  /** Whether anyone has ever signed in to the web (a password set, or a web session opened). */
  async anyoneSignedIn(): Promise<boolean> {
    const [row] = await this.#store.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM accounts WHERE password_hash IS NOT NULL) + (SELECT count(*) FROM credentials WHERE kind = 'web-session') AS n`);
    return Number(row?.n ?? 0) > 0;
  }

  async #requireUser(userId: string): Promise<void> {
    const rows = await this.#store.query('SELECT 1 FROM users WHERE id = $1', [userId]);
    if (!rows.length) throw new AgentOsError('NOT_FOUND', `no user "${userId}" / 没有这个用户`, { fix: 'add the user first (agentos users add <id>)' });
  }
}

function principal(row: CredentialRow): Principal {
  return { userId: row.user_id, role: isRole(row.role) ? row.role : 'user', credentialId: row.id, kind: row.kind };
}
