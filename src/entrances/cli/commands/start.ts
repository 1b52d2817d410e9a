import type { Command } from 'commander';
import { log } from '../../../core/index.ts';
import { openHub, startExpirySweeps } from '../../../hub/index.ts';
import { seedEcosystem } from '../../../ecosystem/index.ts';
import { serveHttp } from '../../http/index.ts';
import { runCommand } from '../run-command.ts';

/** `agentos start`: the hub on its configured store, the sample ecosystem on first start, the HTTP entrance. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start the hub (PGlite under ./.agentos by default; AGENTOS_DATABASE_URL for PostgreSQL)')
    .option('--port <port>', 'HTTP port (default AGENTOS_PORT or 8787)')
    .action((options: { port?: string }) =>
      runCommand(async () => {
        const hub = await openHub();
        if (hub.config.seedEcosystem) {
          const seeded = await seedEcosystem(hub);
          if (seeded.installed.length) log.info({ installed: seeded.installed }, 'sample ecosystem installed and approved');
        }
        const port = options.port ? Number(options.port) : hub.config.port;
        const server = await serveHttp(hub, port);
        const stopSweeps = startExpirySweeps(hub);
        process.stdout.write(`AgentOS is listening on http://localhost:${server.port} (store: ${hub.store.kind})\n`);
        const stop = async () => {
          stopSweeps();
          await server.close();
          await hub.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop());
        process.once('SIGTERM', () => void stop());
      }),
    );
}
