import { AgentOsError } from '../core/index.ts';
import type { Store } from '../store/index.ts';
import type { UserProfile } from './profile.ts';

/** How many known user ids a process remembers before it starts over. */
const KNOWN_LIMIT = 100_000;

/** User profiles, in the store. */
export class Memory {
  readonly #store: Store;

  /** Ids known to exist: users are never removed (an import needs an empty store), so this holds on every process. */
  readonly #known = new Set<string>();

  constructor(store: Store) {
    this.#store = store;
  }

  /** Creates the user unless one by that id exists (then its profile is left as it is); true when created. */
  async addUser(profile: UserProfile): Promise<boolean> {
    if (this.#known.has(profile.id)) return false;
    const rows = await this.#store.query('INSERT INTO users (id, profile) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [profile.id, JSON.stringify(profile)]);
    if (this.#known.size >= KNOWN_LIMIT) this.#known.clear();
    this.#known.add(profile.id);
    return rows.length > 0;
  }

  async upsertUser(profile: UserProfile): Promise<void> {
    await this.#store.query(
      `INSERT INTO users (id, profile) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET profile = EXCLUDED.profile`,
      [profile.id, JSON.stringify(profile)],
    );
  }

  async findUser(id: string): Promise<UserProfile | undefined> {
    const rows = await this.#store.query<{ profile: UserProfile }>('SELECT profile FROM users WHERE id = $1', [id]);
    return rows[0]?.profile;
  }

  async user(id: string): Promise<UserProfile> {
    const user = await this.findUser(id);
    if (!user) throw new AgentOsError('NOT_FOUND', `no user "${id}"`, { fix: 'use one of the hub\'s users (agentos users) or create one' });
    return user;
  }

  async listUsers(): Promise<UserProfile[]> {
    return (await this.#store.query<{ profile: UserProfile }>('SELECT profile FROM users ORDER BY id')).map((r) => r.profile);
  }

  /** Remembers a usual choice for a mini-program (what "the usual" means next time). */
  async setPreference(id: string, appId: string, values: Record<string, unknown>): Promise<void> {
    const user = await this.user(id);
    await this.upsertUser({ ...user, preferences: { ...user.preferences, [appId]: values } });
  }
}
