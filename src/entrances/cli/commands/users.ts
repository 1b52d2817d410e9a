import type { Command } from 'commander';
import { AgentOsError } from '../../../core/index.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';

/** `agentos users list|add`: the people the hub acts for (their profile is what consent scopes guard). */
export function registerUsers(program: Command): void {
  const users = program.command('users').description('the hub\'s users: list, add');
  users
    .command('list')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const list = await hub.memory.listUsers();
          if (options.json) return printJson(list);
          for (const u of list) process.stdout.write(`${u.id}  ${u.name}  ${u.lang}  ${u.city ?? ''}  ¥${((await hub.pay.balance(u.id)) / 100).toFixed(2)}\n`);
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
    .action((id: string, o: { name?: string; lang: string; city?: string; phone?: string; address?: string; balance: string }) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (o.lang !== 'zh' && o.lang !== 'en') throw new AgentOsError('BAD_REQUEST', '--lang must be zh or en');
          const balance = Math.round(Number(o.balance) * 100);
          if (!Number.isFinite(balance) || balance < 0) throw new AgentOsError('BAD_REQUEST', '--balance must be a non-negative amount in yuan');
          await hub.memory.upsertUser({
            id, name: o.name ?? id, lang: o.lang, ...(o.city ? { city: o.city } : {}), ...(o.phone ? { phone: o.phone } : {}),
            addresses: o.address ? [{ id: 'home', label: o.lang === 'en' ? 'Home' : '家', contact: o.name ?? id, phone: o.phone ?? '', city: o.city ?? '', text: o.address }] : [],
            passengers: [], preferences: {},
          });
          await hub.pay.ensureWallet(id, balance);
          process.stdout.write(`user ${id} added\n`);
        }),
      ),
    );
}
