import { formatSSEErrorEvent, formatSSEEvent, SSE_HEADERS } from '@a2a-js/sdk';

/**
 * An A2A stream as server-sent events. The first event is awaited before the response
 * starts, so an error that happens before anything streams is still a plain answer
 * (`early`); a later one becomes an error event and ends the stream.
 */
export async function sseResponse<T>(stream: AsyncGenerator<T, void, undefined>, encode: (event: T) => unknown, onError: (error: unknown) => unknown, early: (error: unknown) => Response): Promise<Response> {
  const iterator = stream[Symbol.asyncIterator]();
  let first: IteratorResult<T, void>;
  try {
    first = await iterator.next();
  } catch (error) {
    return early(error);
  }
  const bytes = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for (let next = first; !next.done; next = await iterator.next()) controller.enqueue(bytes.encode(formatSSEEvent(encode(next.value))));
      } catch (error) {
        controller.enqueue(bytes.encode(formatSSEErrorEvent(onError(error))));
      } finally {
        controller.close();
      }
    },
    async cancel() {
      await iterator.return(undefined);
    },
  });
  return new Response(body, { headers: SSE_HEADERS });
}

export function isStream<T>(value: unknown): value is AsyncGenerator<T, void, undefined> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | undefined)?.[Symbol.asyncIterator] === 'function';
}
