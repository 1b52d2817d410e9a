import type { Command } from 'commander';
import { AgentOsError } from '../../../core/index.ts';
import type { RemoteEndpoint, RemoteService } from '../../../remote/index.ts';
import { io } from '../command-io.ts';
import { printJson, runCommand } from '../run-command.ts';
import { withHub } from '../with-hub.ts';

function show(service: RemoteService): string {
  const tools = service.tools.map((t) => `  ${service.name}.${t.name}  ${t.readOnly ? 'read-only' : 'acts'}  ${t.confirm ? 'asks the user each time' : 'no confirmation'}  — ${t.description.slice(0, 100)}`);
  return [`${service.name} (${service.kind}) ${service.status}${service.decidedBy ? ` by ${service.decidedBy}` : ''}`, ...tools].join('\n');
}

const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

/** approve / reject / list, the same for both kinds of remote service. */
function registerReview(group: Command, kind: 'a2a' | 'mcp'): void {
  group.command('list').option('--json', 'print as JSON').action((o: { json?: boolean }) => runCommand(() => withHub(async (hub) => {
    const services = await hub.remote.list(kind);
    if (o.json) return printJson(services);
    io().stdout.write(services.length ? `${services.map(show).join('\n')}\n` : 'none yet\n');
  })));
  group.command('approve <name>').description('make the reviewed tools live / 审核通过')
    .option('--by <reviewer>', 'who decides', process.env.USER ?? 'operator')
    .option('--without-asking <tools>', 'tools (comma-separated) that may run without asking the user each time')
    .option('--ask-for <tools>', 'tools (comma-separated) that must ask the user each time')
    .action((name: string, o: { by: string; askFor?: string; withoutAsking?: string }) => runCommand(() => withHub(async (hub) => {
      const decided = await hub.remote.decide(name, 'approve', o.by, { ...(o.withoutAsking ? { noConfirm: list(o.withoutAsking) } : {}), ...(o.askFor ? { confirm: list(o.askFor) } : {}) });
      io().stdout.write(`${show(decided)}\n`);
    })));
  group.command('reject <name>').option('--by <reviewer>', 'who decides', process.env.USER ?? 'operator').option('--reason <text>', 'why', '')
    .action((name: string, o: { by: string; reason: string }) => runCommand(() => withHub(async (hub) => {
      io().stdout.write(`${show(await hub.remote.decide(name, 'reject', o.by, { reason: o.reason }))}\n`);
    })));
}

/**
 * `agentos agents add <card-url>` and `agentos mcp-servers add <name> --url|--command`:
 * remote vertical services, filed for review like any skill; `approve` makes them live.
 */
export function registerRemote(program: Command): void {
  const agents = program.command('agents').description('remote A2A agents the hub calls (reviewed like skills) / 远程 A2A 智能体');
  agents.command('add <card-url>').description('read an agent card and file its skills for review')
    .option('--name <name>', 'the prefix its tools get (default: from the card URL\'s host)')
    .action((cardUrl: string, o: { name?: string }) => runCommand(() => withHub(async (hub) => {
      const name = o.name ?? new URL(cardUrl).hostname.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 32);
      const added = await hub.remote.add(name, { kind: 'a2a', cardUrl });
      io().stdout.write(`${show(added)}\nreview it, then: agentos agents approve ${name}\n`);
    })));
  registerReview(agents, 'a2a');

  const servers = program.command('mcp-servers').description('remote MCP servers the hub calls (reviewed like skills) / 远程 MCP 服务');
  servers.command('add <name>').description('connect, list its tools and file them for review')
    .option('--url <url>', 'a Streamable HTTP endpoint (…/mcp)')
    .option('--command <command...>', 'or a command that serves MCP on stdio, with its arguments')
    .action((name: string, o: { url?: string; command?: string[] }) => runCommand(() => withHub(async (hub) => {
      const [command, ...args] = o.command ?? [];
      if (!o.url === !command) throw new AgentOsError('BAD_REQUEST', 'give exactly one of --url or --command', { fix: 'agentos mcp-servers add weather --url http://127.0.0.1:9000/mcp' });
      const endpoint: RemoteEndpoint = o.url ? { kind: 'mcp', url: o.url } : { kind: 'mcp', command: command ?? '', args };
      const added = await hub.remote.add(name, endpoint);
      io().stdout.write(`${show(added)}\nreview it, then: agentos mcp-servers approve ${name}\n`);
    })));
  registerReview(servers, 'mcp');
}
