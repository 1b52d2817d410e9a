import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { isRole, ROLES } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';

/** Reads the first line of stdin (a password piped in, never an argument that shows in `ps`). */
async function readLine(): Promise<string> {
  let text = '';
  for await (const chunk of io().stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** `agentos users role|token|password|credentials|revoke`: authority and credentials. */
export function registerUserAccess(users: Command): void {
  users
    .command('role <id> <role>')
    .description(`set a user's role (${ROLES.join(' | ')})`)
    .action((id: string, role: string) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (!isRole(role)) throw new AgentOsError('BAD_REQUEST', `the role must be one of ${ROLES.join(', ')}`, { where: 'role' });
          await hub.accounts.setRole(id, role);
          io().stdout.write(`${id} is now ${role}\n`);
        }),
      ),
    );
  users
    .command('token <id>')
    .description('issue an API token for the user (shown once; only its hash is kept)')
    .option('--label <text>', 'what the token is for', '')
    .option('--days <n>', 'expire after n days (default: never)')
    .action((id: string, o: { label: string; days?: string }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const days = o.days === undefined ? undefined : Number(o.days);
          if (days !== undefined && !(days > 0)) throw new AgentOsError('BAD_REQUEST', '--days must be a positive number');
          const issued = await hub.accounts.issue(id, 'api-token', { label: o.label, ttlMs: days === undefined ? undefined : days * 86_400_000 });
          io().stdout.write(`${issued.secret}\n`);
          io().stderr.write(`(token ${issued.id} for ${id}: send it as "Authorization: Bearer <token>"; it is not shown again)\n`);
        }),
      ),
    );
  users
    .command('password <id>')
    .description('set the user\'s password, read from the first line of stdin')
    .action((id: string) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (io().stdin.isTTY) io().stderr.write('password (the line is not hidden; pipe it in to keep it off screen): ');
          await hub.accounts.setPassword(id, await readLine());
          io().stdout.write(`password of ${id} set\n`);
        }),
      ),
    );
  users
    .command('credentials <id>')
    .description('the user\'s web sessions, API tokens and sign-in links (never their secrets)')
    .option('--json', 'print as JSON')
    .action((id: string, o: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const list = await hub.accounts.list(id);
          if (o.json) return printJson(list);
          for (const c of list) {
            io().stdout.write(`${c.id}  ${c.kind.padEnd(12)}  ${c.revoked ? 'revoked' : 'live   '}  ${c.createdAt.toISOString()}  ${c.label}\n`);
          }
        }),
      ),
    );
  users
    .command('revoke <credentialId>')
    .description('revoke a credential (see users credentials)')
    .action((credentialId: string) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (!(await hub.accounts.revoke(credentialId))) throw new AgentOsError('NOT_FOUND', `no live credential ${credentialId}`, { fix: 'see agentos users credentials <id>' });
          io().stdout.write(`${credentialId} revoked\n`);
        }),
      ),
    );
}
