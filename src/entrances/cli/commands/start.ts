import type { Command } from 'commander';
import { log } from '../../../core/index.ts';
import { firstStartSignIn, openHub, signInUrl, startExpirySweeps } from '../../../hub/index.ts';
import { seedEcosystem } from '../../../ecosystem/index.ts';
import { serveHttp } from '../../http/index.ts';
import { progress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

/** `agentos start`: the hub on its configured store, the sample ecosystem on first start, the HTTP entrance on loopback. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('start the hub (PGlite under ./.agentos by default; AGENTOS_DATABASE_URL for PostgreSQL)')
    .option('--port <port>', 'HTTP port (default AGENTOS_PORT or 8787)')
    .option('--host <address>', 'interface to listen on (default AGENTOS_HOST or 127.0.0.1: this machine only)')
    .option('--verbose', "show the mini-programs' own console lines")
    .option('--owner <id>', 'print a sign-in link for this user (default: until someone signs in, the first operator)')
    .action((options: { port?: string; host?: string; owner?: string }) =>
      runCommand(async () => {
        const hub = await openHub();
        if (hub.config.seedEcosystem) {
          const bar = progress('sample mini-programs');
          const seeded = await seedEcosystem(hub, { onProgress: bar.step });
          bar.done();
          if (seeded.installed.length) log.info({ installed: seeded.installed }, 'sample ecosystem installed and approved');
        }
        const port = options.port !== undefined ? Number(options.port) : hub.config.port;
        const host = options.host ?? hub.config.host;
        const server = await serveHttp(hub, { port, host, publicUrl: hub.config.publicUrl });
        const stopSweeps = startExpirySweeps(hub);
        const base = hub.config.publicUrl ?? server.url;
        const reach = host === '127.0.0.1' || host === 'localhost' || host === '::1'
          ? 'only this machine can reach it; --host 0.0.0.0 opens it to the network'
          : `listening on ${host}: other machines can reach it`;
        process.stdout.write(`AgentOS is listening on ${server.url} (${reach}; store: ${hub.store.kind})\n`);
        const link = await firstStartSignIn(hub, options.owner);
        if (link) {
          const minutes = link.expiresAt ? Math.round((link.expiresAt.getTime() - hub.config.clock.now().getTime()) / 60_000) : 0;
          process.stdout.write(`Sign in as ${link.userId} (${await hub.accounts.role(link.userId)}), once, within ${minutes} minutes:\n  ${signInUrl(base, link.secret)}\n`);
          process.stdout.write(`(a new link any time: agentos users link ${link.userId})\n`);
        }
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
