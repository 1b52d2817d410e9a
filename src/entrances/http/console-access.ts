import type { Context } from 'hono';
import { AgentOsError } from '../../core/index.ts';

export type ConsoleRole = 'developer' | 'operator';
const RANK: Record<string, number> = { user: 0, developer: 1, operator: 2 };

/**
 * Who may use a console route: a developer (review, playground, evaluations) or an operator
 * (the ledger, refunds, the audit log). Returns the actor recorded in the audit log. The
 * signed-in principal is set by the accounts middleware; a hub built without accounts (the
 * open API) has none, and then the console is open like the rest of that API.
 */
export function consoleActor(c: Context, role: ConsoleRole, accountsEnabled: boolean): string {
  const principal = (c.get as (key: string) => unknown)('principal') as { userId: string; role: string } | undefined;
  if (!accountsEnabled) return 'console';
  if (!principal) throw new AgentOsError('FORBIDDEN', '请先登录 / sign in first', { fix: 'sign in at /console' });
  if ((RANK[principal.role] ?? -1) < RANK[role]!) {
    throw new AgentOsError('FORBIDDEN', `需要 ${role} 角色 / this needs the ${role} role`, { fix: `ask an operator: agentos users role ${principal.userId} ${role}` });
  }
  return `${role}:${principal.userId}`;
}
