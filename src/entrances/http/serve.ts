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
  close(): Promise<void>;
}

/** Serves the HTTP entrance; only this machine can reach it unless `host` says otherwise. */
export function serveHttp(hub: Hub, { port, host = '127.0.0.1', ...options }: ServeOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: httpApp(hub, { ...options, host }).fetch, port, hostname: host }, (info) => {
      const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        port: info.port,
        host,
        url: `http://${shown}:${info.port}`,
        close: () => new Promise<void>((done) => {
          server.close(() => done());
          (server as Server).closeAllConnections(); // event streams would otherwise hold it open
        }),
      });
    }) as Server;
    server.once('error', reject);
  });
}
