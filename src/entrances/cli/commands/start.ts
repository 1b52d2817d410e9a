import cluster from 'node:cluster';
import type { Command } from 'commander';
import { superviseWorkers } from '../workers.ts';
import { AgentOsError, loadConfig, log, type HubConfig } from '../../../core/index.ts';
import { firstStartSignIn, issueFolderCredential, openHub, removeOperatorFile, signInUrl, startExpirySweeps, writeOperatorFile, type Hub } from '../../../hub/index.ts';
import { seedEcosystem } from '../../../ecosystem/index.ts';
import { advertiseHub, folderBusy, folderHolder } from '../../../store/index.ts';
import { portInUse, serveHttp, type AdminOptions } from '../../http/index.ts';
import { progress } from '../progress.ts';
import { runCommand } from '../run-command.ts';

/** How long a stopping hub lets the turns in flight finish. */
const DRAIN_MS = 10_000;

export interface StartOptions {
  /** How the running hub runs the store commands forwarded to it. */
  commandsInHub(hub: Hub): AdminOptions['runCommand'];
}

function portBusy(port: number, host: string): AgentOsError {
  return new AgentOsError('CONFLICT', `端口 ${port} 已被占用 / port ${port} on ${host} is already in use: choose another with --port (or AGENTOS_PORT), or stop the program using it`);
}

/** Refuses before anything is written: a folder another process holds, a port taken. */
async function checkBeforeStart(config: HubConfig, port: number, host: string): Promise<void> {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new AgentOsError('BAD_REQUEST', `端口无效 / --port must be a whole number 0–65535, not ${port}`);
  const holder = config.databaseUrl ? undefined : folderHolder(config.dataDir);
  if (holder) throw folderBusy(config.dataDir, holder, 'use that hub (agentos commands run beside it go through it)');
  if (await portInUse(port, host)) throw portBusy(port, host);
}

/** `agentos start`: the hub on its configured store, the sample ecosystem on first start, the HTTP entrance on loopback. */
export function registerStart(program: Command, { commandsInHub }: StartOptions): void {
  program
    .command('start')
    .description('start the hub (PGlite under ./.agentos by default; AGENTOS_DATABASE_URL for PostgreSQL)')
    .option('--port <port>', 'HTTP port (default AGENTOS_PORT or 8787)')
    .option('--host <address>', 'interface to listen on (default AGENTOS_HOST or 127.0.0.1: this machine only)')
    .option('--verbose', "show the mini-programs' own console lines")
    .option('--owner <id>', 'print a sign-in link for this user (default: until someone signs in, the first operator)')
    .option('--workers <n>', 'hub processes on this machine sharing the port (PostgreSQL only)', '1')
    .action((options: { port?: string; host?: string; owner?: string; workers: string }) =>
      runCommand(async () => {
        const config = loadConfig();
        const port = options.port !== undefined ? Number(options.port) : config.port;
        const host = options.host ?? config.host;
        const workers = Number(options.workers);
        if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new AgentOsError('BAD_REQUEST', `--workers must be a whole number 1–64, not ${options.workers}`);
        if (workers > 1 && !config.databaseUrl) {
          throw new AgentOsError('BAD_REQUEST', '--workers 需要 PostgreSQL / --workers needs PostgreSQL (AGENTOS_DATABASE_URL): the embedded store is one process\'s; move it with agentos store export / import');
        }
        if (!cluster.isWorker) await checkBeforeStart(config, port, host);
        if (workers > 1 && cluster.isPrimary) return superviseWorkers(config, workers);
        const hub = await openHub(config, { command: 'start' });
        if (hub.config.seedEcosystem && !cluster.isWorker) {
          const bar = progress('sample mini-programs');
          const seeded = await seedEcosystem(hub, { onProgress: bar.step });
          bar.done();
          if (seeded.installed.length) log.info({ installed: seeded.installed }, 'sample ecosystem installed and approved');
        }
        // The embedded store is this process's: commands run beside it come through its API,
        // with an operator credential written into the folder once the hub has an operator.
        const admin = { credentialId: '', runCommand: commandsInHub(hub) };
        const server = await serveHttp(hub, { port, host, publicUrl: hub.config.publicUrl, ...(config.databaseUrl ? {} : { admin }) }).catch(async (error: NodeJS.ErrnoException) => {
          await hub.close();
          throw error.code === 'EADDRINUSE' ? portBusy(port, host) : error;
        });
        let stopping = false;
        const stopSweeps = startExpirySweeps(hub);
        const base = hub.config.publicUrl ?? server.url;
        const reach = host === '127.0.0.1' || host === 'localhost' || host === '::1'
          ? 'only this machine can reach it; --host 0.0.0.0 opens it to the network'
          : `listening on ${host}: other machines can reach it`;
        if (cluster.isWorker) {
          process.send?.({ listening: server.url });
          process.once('SIGTERM', () => void stop());
          process.once('SIGINT', () => undefined); // the primary forwards the terminal's Ctrl-C as SIGTERM
        } else process.stdout.write(`AgentOS is listening on ${server.url} (${reach}; store: ${hub.store.kind})\n`);
        const link = cluster.isWorker ? undefined : await firstStartSignIn(hub, options.owner);
        if (link) {
          const minutes = link.expiresAt ? Math.round((link.expiresAt.getTime() - hub.config.clock.now().getTime()) / 60_000) : 0;
          process.stdout.write(`Sign in as ${link.userId} (${await hub.accounts.role(link.userId)}), once, within ${minutes} minutes:\n  ${signInUrl(base, link.secret)}\n`);
          process.stdout.write(`(a new link any time: agentos users link ${link.userId})\n`);
        }
        const credential = config.databaseUrl ? undefined : await issueFolderCredential(hub);
        if (credential) {
          admin.credentialId = credential.id;
          writeOperatorFile(config.dataDir, { pid: process.pid, url: server.url, token: credential.secret, credentialId: credential.id });
          advertiseHub(config.dataDir, { port: server.port, url: server.url });
        }
        // SIGTERM: no new requests, the turns in flight finish (within DRAIN_MS), the store closes.
        async function stop() {
          if (stopping) return;
          stopping = true;
          stopSweeps();
          await server.close({ graceMs: DRAIN_MS });
          if (credential) {
            await hub.accounts.revoke(credential.id).catch(() => undefined);
            removeOperatorFile(config.dataDir);
          }
          await hub.close();
          process.exit(0);
        }
        if (!cluster.isWorker) {
          process.once('SIGINT', () => void stop());
          process.once('SIGTERM', () => void stop());
        }
      }),
    );
}
