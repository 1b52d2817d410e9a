import type { Command } from 'commander';
import { io } from '../command-io.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';

/** `agentos clients add|list|revoke`: the agents (A2A, MCP) allowed in, each an entrance with its own key. */
export function registerClients(program: Command): void {
  const clients = program.command('clients').description('agents that reach the hub over A2A or MCP / 通过 A2A、MCP 接入的智能体');
  clients
    .command('add <name>')
    .description('register a client and print its bearer key, once / 登记客户端并显示一次密钥')
    .action((name: string) =>
      runCommand(() =>
        withHub(async (hub) => {
          const { key } = await hub.clients.add(name);
          io().stdout.write(`${key}\n`);
          io().stderr.write(`(client ${name}: send "Authorization: Bearer <key>" to /mcp and the A2A endpoints; end users are named by X-AgentOS-User. The key is not shown again.)\n`);
        }),
      ),
    );
  clients
    .command('list')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) =>
      runCommand(() =>
        withHub(async (hub) => {
          const list = await hub.clients.list();
          if (options.json) return printJson(list);
          for (const c of list) io().stdout.write(`${c.name}  ${c.revoked ? 'revoked' : 'active'}  added ${c.createdAt.toISOString()}  last used ${c.lastUsedAt?.toISOString() ?? 'never'}\n`);
        }),
      ),
    );
  clients
    .command('revoke <name>')
    .description("revoke a client's key / 吊销客户端密钥")
    .action((name: string) =>
      runCommand(() =>
        withHub(async (hub) => {
          if (!(await hub.clients.revoke(name))) {
            io().stderr.write(`agentos: no active client named ${name} / 没有这个客户端\n`);
            return 4;
          }
          io().stdout.write(`client ${name} revoked\n`);
        }),
      ),
    );
}
