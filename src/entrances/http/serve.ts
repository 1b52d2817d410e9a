import { serve } from '@hono/node-server';
import type { Hub } from '../../hub/index.ts';
import { httpApp } from './app.ts';

/** Serves the HTTP entrance on `port` (0 picks a free one). */
export function serveHttp(hub: Hub, port: number): Promise<{ port: number; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: httpApp(hub).fetch, port, hostname: '0.0.0.0' }, (info) => {
      resolve({
        port: info.port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
