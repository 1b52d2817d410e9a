import { createServer } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hub } from '../../hub/index.ts';
import { httpApp, type HttpAppOptions } from './app.ts';

export interface ServeOptions extends HttpAppOptions {
  /** 0 picks a free port. */
  port: number;
  /** The interface to listen on: loopback unless told otherwise. */
  host?: string;
}

export interface RunningServer {
  port: number;
  host: string;
  /** The address to open in a browser (loopback when bound to every interface). */
  url: string;
  /**
   * Stops taking requests (new ones get 503, so a load balancer retries elsewhere), lets those
   * in flight finish within `graceMs`, then closes every connection (event streams included).
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

const SHUTTING_DOWN = JSON.stringify({ error: { code: 'UNAVAILABLE', message: '中枢正在停止 / this hub process is shutting down: send the request again', details: { fix: 'retry; another hub process (or this one, restarted) answers' } } });

/** Serves the HTTP entrance; only this machine can reach it unless `host` says otherwise. */
export function serveHttp(hub: Hub, { port, host = '127.0.0.1', ...options }: ServeOptions): Promise<RunningServer> {
  const app = httpApp(hub, options);
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;
  const fetch = async (request: Request, env: unknown): Promise<Response> => {
    if (draining) return new Response(SHUTTING_DOWN, { status: 503, headers: { 'content-type': 'application/json', connection: 'close', 'retry-after': '1' } });
    inFlight++;
    try {
      return await app.fetch(request, env);
    } finally {
      if (--inFlight === 0) drained?.();
    }
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: host }, (info) => {
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        port: info.port,
        host,
        url: `http://${shown}:${info.port}`,
        async close({ graceMs = 0 } = {}) {
          draining = true;
          const closed = new Promise<void>((done) => server.close(() => done()));
          if (inFlight > 0 && graceMs > 0) {
            await new Promise<void>((done) => {
              drained = done;
              setTimeout(done, graceMs).unref();
            });
          }
          (server as Server).closeAllConnections(); // event streams would otherwise hold it open
          await closed;
        },
      });
    }) as Server;
    server.once('error', reject);
  });
}

/** Whether something already listens on the port (checked before a hub writes anything). */
export function portInUse(port: number, host: string): Promise<boolean> {
  if (port === 0) return Promise.resolve(false);
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' || error.code === 'EACCES'));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}
