import cluster, { type Worker } from 'node:cluster';
import { log, type HubConfig } from '../../core/index.ts';
import { seedEcosystem } from '../../ecosystem/index.ts';
import { firstStartSignIn, openHub, signInUrl } from '../../hub/index.ts';

/**
 * `agentos start --workers N`: N hub processes sharing one port (node's cluster) and one
 * PostgreSQL. The primary migrates and seeds once, forks, replaces a worker that dies, and on
 * SIGTERM asks each to drain and waits for them.
 */
export async function superviseWorkers(config: HubConfig, count: number): Promise<void> {
  const hub = await openHub(config, { command: 'start' });
  let link: Awaited<ReturnType<typeof firstStartSignIn>>;
  try {
    if (config.seedEcosystem) await seedEcosystem(hub);
    link = await firstStartSignIn(hub);
  } finally {
    await hub.close();
  }
  let stopping = false;
  const listening = new Set<number>();
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (message: { listening?: string }) => {
      if (!message.listening || listening.has(worker.id)) return;
      listening.add(worker.id);
      if (listening.size !== count) return;
      const base = config.publicUrl ?? message.listening;
      process.stdout.write(`AgentOS is listening on ${message.listening} (${count} processes; store: postgres)\n`);
      if (link) process.stdout.write(`Sign in as ${link.userId}, once, within 15 minutes:\n  ${signInUrl(base, link.secret)}\n`);
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) return;
    log.warn({ pid: worker.process.pid, code, signal }, 'hub worker died; starting another');
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    let left = workers.length;
    if (!left) process.exit(0);
    for (const worker of workers) {
      worker.once('exit', () => --left === 0 && process.exit(0));
      worker.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
