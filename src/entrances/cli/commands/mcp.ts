import type { Command } from 'commander';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { loadConfig } from '../../../core/index.ts';
import { openHub } from '../../../hub/index.ts';
import { hubMcpServer, mcpDeps } from '../../mcp/index.ts';
import { runCommand } from '../run-command.ts';

/**
 * `agentos mcp [--user ID]`: the MCP entrance on stdin/stdout, for a host app that starts
 * the hub as a local process. It opens the store itself (stop `agentos start` on the same
 * PGlite folder first, or use PostgreSQL).
 */
export function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('serve MCP on stdio for a local host app (Claude Desktop, an IDE) / 以 stdio 提供 MCP 服务')
    .option('--user <id>', 'the hub user the host acts for', 'demo')
    .action((options: { user: string }) =>
      runCommand(async () => {
        const hub = await openHub(loadConfig());
        await hub.memory.user(options.user); // a clear error for an unknown user, before the host connects
        const deps = await mcpDeps(hub);
        const handle = serveStdio(() => hubMcpServer(deps, { userId: options.user, entrance: 'mcp' }), {
          onerror: (error) => process.stderr.write(`agentos mcp: ${error.message}\n`),
        });
        await new Promise<void>((resolve) => {
          process.stdin.once('end', resolve);
          process.once('SIGTERM', resolve);
          process.once('SIGINT', resolve);
        });
        await handle.close();
        await hub.close();
      }),
    );
}
