import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Hub } from '../../hub/index.ts';

/** A comment line keeps proxies and the client from deciding the stream died. */
const HEARTBEAT_MS = 20_000;

/**
 * A session's events as server-sent events from `after`, then each new batch as the session
 * feed announces it (no polling). Every event carries its `seq` as the SSE id, so a client
 * that reconnects with Last-Event-ID misses nothing and sees nothing twice.
 */
export function streamSessionEvents(c: Context, hub: Hub, sessionId: string, after: number, follow: boolean): Response {
  return streamSSE(c, async (stream) => {
    let last = after;
    let dirty = true;
    let wake: (() => void) | undefined;
    const unsubscribe = hub.orchestrator.subscribe(sessionId, (seq) => {
      if (seq > last) dirty = true;
      wake?.();
    });
    stream.onAbort(() => wake?.());
    try {
      await stream.write('retry: 2000\n\n');
      while (!stream.aborted) {
        if (dirty) {
          dirty = false;
          for (const event of await hub.orchestrator.events(sessionId, last)) {
            last = event.seq;
            await stream.writeSSE({ id: String(event.seq), event: event.type, data: JSON.stringify(event) });
          }
        }
        if (!follow) break;
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), HEARTBEAT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = undefined;
        if (timedOut && !dirty && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
    } finally {
      unsubscribe();
    }
  });
}

/** Where a (re)connecting client starts: Last-Event-ID wins over `?after=`; anything else is 0. */
export function resumePoint(lastEventId: string | undefined, after: number | undefined): number {
  if (lastEventId !== undefined && /^\d{1,9}$/.test(lastEventId.trim())) return Number(lastEventId.trim());
  return after ?? 0;
}
