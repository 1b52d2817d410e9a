import type { AgentClient, Principal } from '../../accounts/index.ts';
import { AgentOsError } from '../../core/index.ts';
import { agentUser, type Hub } from '../../hub/index.ts';

/** Who an agent entrance acts for: the hub user, and the entrance credited with its payments. */
export interface AgentCaller {
  userId: string;
  /** `a2a:<client>`, `mcp:<client>`, or the plain protocol name for a hub user's own token. */
  entrance: string;
}

export interface CallerCredentials {
  /** A registered agent client (its key was valid). */
  client: AgentClient | undefined;
  /** A hub user's own API token (a person wiring their assistant to their own account). */
  principal: Principal | undefined;
  /** The client's end user, as the client names it. */
  endUser: string | undefined;
  /** An unauthenticated caller let in as a named local entrance (MCP on loopback, when the operator allows it). */
  anonymous?: string;
}

/**
 * Turns credentials into the user the hub acts for. A client's end users are namespaced
 * (`client:user`); a hub user's token acts for that user; nobody else gets in.
 */
export async function agentCaller(hub: Pick<Hub, 'memory' | 'pay'>, protocol: 'a2a' | 'mcp', credentials: CallerCredentials): Promise<AgentCaller> {
  const { client, principal, endUser, anonymous } = credentials;
  if (client) return { userId: await agentUser(hub, client.name, endUser ?? 'default'), entrance: `${protocol}:${client.name}` };
  if (principal) return { userId: principal.userId, entrance: protocol };
  if (anonymous) return { userId: await agentUser(hub, anonymous, endUser ?? 'default'), entrance: `${protocol}:${anonymous}` };
  throw new AgentOsError('UNAUTHENTICATED', '需要客户端密钥 / this entrance needs a client key', {
    where: 'Authorization', fix: 'send Authorization: Bearer <key from `agentos clients add <name>`> (or a user\'s API token from `agentos users token <id>`)',
  });
}
