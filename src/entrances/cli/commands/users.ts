import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { isRole, ROLES } from '../../../accounts/index.ts';
import { AgentOsError } from '../../../core/index.ts';
import { signInUrl } from '../../../hub/index.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';
import { registerUserAccess } from './user-access.ts';

/** `agentos users list|add|role|token|link|password|credentials|revoke`: the people the hub acts for, and how they sign in. */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('the hub\'s users: list, add, role, token, link, password, credentials, revoke');
  users
    .command('list')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const list = await hub.memory.listUsers();
          const roles = await Promise.all(list.map((u) => hub.accounts.role(u.id)));
          if (options.json) return printJson(list.map((u, i) => ({ ...u, role: roles[i] })));
          for (const [i, u] of list.entries()) io().stdout.write(`${u.id}  ${u.name}  ${u.lang}  ${roles[i]}  ${u.city ?? ''}  ¥${((await hub.pay.balance(u.id)) / 100).toFixed(2)}\n`);
        }),
      ),
    );
  users
    .command('add <id>')
    .description('add a user with a wallet')
    .option('--name <name>', 'display name')
    .option('--lang <lang>', 'zh or en', 'zh')
    .option('--city <city>', 'home city')
    .option('--phone <phone>', 'mobile number')
    .option('--address <text>', 'a home address')
    .option('--balance <yuan>', 'starting wallet balance', '0')
    .option('--role <role>', ROLES.join(' | '), 'user')
    .action((id: string, o: { name?: string; lang: string; city?: string; phone?: string; address?: string; balance: string; role: string }) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (o.lang !== 'zh' && o.lang !== 'en') throw new AgentOsError('BAD_REQUEST', '--lang must be zh or en');
          if (!isRole(o.role)) throw new AgentOsError('BAD_REQUEST', `--role must be one of ${ROLES.join(', ')}`);
          if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(id)) throw new AgentOsError('BAD_REQUEST', 'a user id is letters, digits, dot, dash or underscore (at most 64)', { where: 'id' });
          const balance = Math.round(Number(o.balance) * 100);
          if (!Number.isFinite(balance) || balance < 0) throw new AgentOsError('BAD_REQUEST', '--balance must be a non-negative amount in yuan');
          await hub.memory.upsertUser({
            id, name: o.name ?? id, lang: o.lang, ...(o.city ? { city: o.city } : {}), ...(o.phone ? { phone: o.phone } : {}),
            addresses: o.address ? [{ id: 'home', label: o.lang === 'en' ? 'Home' : '家', contact: o.name ?? id, phone: o.phone ?? '', city: o.city ?? '', text: o.address }] : [],
            passengers: [], preferences: {},
          });
          await hub.pay.ensureWallet(id, balance);
          if (o.role !== 'user') await hub.accounts.setRole(id, o.role);
          io().stdout.write(`user ${id} added (${o.role})\n`);
        }),
      ),
    );
  users
    .command('link <id>')
    .description('print a one-time sign-in link for the web (valid 15 minutes)')
    .option('--url <base>', 'the hub\'s address (default AGENTOS_PUBLIC_URL or http://127.0.0.1:<port>)')
    .action((id: string, o: { url?: string }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const link = await hub.accounts.issue(id, 'sign-in-link', { label: 'agentos users link' });
          const base = o.url ?? hub.config.publicUrl ?? `http://127.0.0.1:${hub.config.port}`;
          io().stdout.write(`${signInUrl(base, link.secret)}\n`);
          io().stderr.write(`(signs in ${id} once, until ${link.expiresAt?.toISOString() ?? 'revoked'})\n`);
        }),
      ),
    );
  registerUserAccess(users);
}
