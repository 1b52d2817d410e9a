import { AgentOsError, type Clock } from '../core/index.ts';
import { keptReads, type KeptReads, type Store } from '../store/index.ts';
import { kindOfSecret, newSecret, secretHash } from './secrets.ts';

/** Another agent (a phone's assistant, an AI client) registered to reach the hub over A2A or MCP. */
export interface AgentClient {
  name: string;
  createdAt: Date;
  lastUsedAt: Date | undefined;
  revoked: boolean;
}

/** Lowercase letters, digits and dashes: the name appears in user ids (`name:user`) and ledger accounts. */
const NAME = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function checkClientName(name: string): string {
  if (!NAME.test(name)) {
    throw new AgentOsError('BAD_REQUEST', `客户端名称不合法：「${name}」/ invalid client name "${name}"`, {
      where: 'name', fix: 'use 1–32 lowercase letters, digits or dashes, starting with a letter or digit (e.g. phone-assistant)',
    });
  }
  return name;
}

interface ClientRow { name: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }


/**
 * The agents allowed in through the A2A and MCP entrances. Each holds one bearer key
 * (`aos_c_…`), shown once and stored only as a hash; each is an entrance of its own
 * (its share of each payment, its own namespaced end users).
 */
export class AgentClients {
  readonly #store: Store;
  readonly #clock: Clock;
  /** Live keys' clients by hash, believed for 5 s where this process alone writes the store; `add` and `revoke` drop them. */
  readonly #live: KeptReads<ClientRow | undefined>;

  constructor({ store, clock }: { store: Store; clock: Clock }) {
    this.#store = store;
    this.#clock = clock;
    this.#live = keptReads(store, 'agent-clients.live', { max: 1_000, ttlMs: 5_000 });
  }

  /** Registers a client and returns its key, this once. */
  async add(name: string): Promise<{ name: string; key: string }> {
    checkClientName(name);
    const key = newSecret('client-key');
    const rows = await this.#live.change(undefined, () => this.#store.query(
      `INSERT INTO agent_clients (name, secret_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET secret_hash = EXCLUDED.secret_hash, revoked_at = NULL, created_at = EXCLUDED.created_at
       WHERE agent_clients.revoked_at IS NOT NULL RETURNING name`,
      [name, secretHash(key), this.#clock.now().toISOString()]));
    if (!rows.length) {
      throw new AgentOsError('CONFLICT', `已有名为 ${name} 的客户端 / a client named ${name} already exists`, { where: 'name', fix: `revoke it first (agentos clients revoke ${name}) to issue a new key, or pick another name` });
    }
    return { name, key };
  }

  /**
   * The client a key stands for, when it is live; notes its use, to the minute (a client's
   * every request would otherwise rewrite its row: one write a minute instead).
   */
  async authenticate(key: string): Promise<AgentClient | undefined> {
    if (kindOfSecret(key) !== 'client-key') return undefined;
    const hash = secretHash(key);
    const row = await this.#live.read(hash, async () => (await this.#store.query<ClientRow>(
      'SELECT name, created_at, last_used_at, revoked_at FROM agent_clients WHERE secret_hash = $1 AND revoked_at IS NULL', [hash]))[0], (found) => found !== undefined);
    if (!row) return undefined;
    const now = this.#clock.now();
    if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= 60_000) {
      await this.#store.query('UPDATE agent_clients SET last_used_at = $2 WHERE name = $1', [row.name, now.toISOString()]);
      row.last_used_at = now;
    }
    return view(row);
  }

  async revoke(name: string): Promise<boolean> {
    const rows = await this.#live.change(undefined, () => this.#store.query('UPDATE agent_clients SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL RETURNING name', [name, this.#clock.now().toISOString()]));
    return rows.length > 0;
  }

  async list(): Promise<AgentClient[]> {
    return (await this.#store.query<ClientRow>('SELECT name, created_at, last_used_at, revoked_at FROM agent_clients ORDER BY name')).map(view);
  }
}

function view(row: ClientRow): AgentClient {
  return { name: row.name, createdAt: new Date(row.created_at), lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : undefined, revoked: row.revoked_at !== null };
}
