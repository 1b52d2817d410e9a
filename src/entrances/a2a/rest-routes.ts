import { ListTasksResponse, SendMessageRequest, SendMessageResponse, StreamResponse, Task, taskStateFromJSON, type SendMessageResult } from '@a2a-js/sdk';
import { ContentTypeNotSupportedError, RequestMalformedError, TaskNotCancelableError, TaskNotFoundError, UnsupportedOperationError, VersionNotSupportedError } from '@a2a-js/sdk/errors';
import type { DefaultRequestHandler, ServerCallContext } from '@a2a-js/sdk/server';
import type { Context, Hono } from 'hono';
import type { HttpEnv } from '../http/env.ts';
import { A2A_PATHS } from './agent-card.ts';
import { sseResponse } from './sse.ts';

const STATUS: [new (...args: never[]) => Error, number, string][] = [
  [TaskNotFoundError, 404, 'NOT_FOUND'], [TaskNotCancelableError, 409, 'FAILED_PRECONDITION'], [RequestMalformedError, 400, 'INVALID_ARGUMENT'],
  [VersionNotSupportedError, 400, 'INVALID_ARGUMENT'], [ContentTypeNotSupportedError, 415, 'INVALID_ARGUMENT'], [UnsupportedOperationError, 400, 'UNIMPLEMENTED'],
];

function errorBody(error: unknown): { status: number; body: unknown } {
  const [, status, name] = STATUS.find(([type]) => error instanceof type) ?? [Error, 500, 'INTERNAL'];
  return { status, body: { error: { code: status, status: name, message: error instanceof Error ? error.message : String(error) } } };
}

const asResponse = (result: SendMessageResult) =>
  SendMessageResponse.toJSON({ payload: 'messageId' in result ? { $case: 'message', value: result } : { $case: 'task', value: result } });

/**
 * A2A's HTTP+JSON binding under `/a2a/rest` (send, stream, get, list, cancel, subscribe):
 * the SDK has no framework-neutral REST handler, so these thin routes call its request
 * handler with the SDK's own JSON codecs.
 */
export function restRoutes(
  app: Hono<HttpEnv>,
  handler: DefaultRequestHandler,
  contextOf: (c: Context<HttpEnv>) => Promise<ServerCallContext | undefined>,
  unauthorized: (c: Context<HttpEnv>) => Response,
): void {
  const route = (fn: (c: Context<HttpEnv>, context: ServerCallContext, rest: string) => Promise<Response>) => async (c: Context<HttpEnv>) => {
    const context = await contextOf(c);
    if (!context) return unauthorized(c);
    try {
      return await fn(c, context, c.req.path.slice(A2A_PATHS.rest.length));
    } catch (error) {
      const { status, body } = errorBody(error);
      return c.json(body, status as 400);
    }
  };
  const body = async (c: Context<HttpEnv>) => {
    try {
      return (await c.req.json()) as unknown;
    } catch {
      throw new RequestMalformedError('the body is not JSON / 请求体不是 JSON');
    }
  };
  const stream = (c: Context<HttpEnv>, events: AsyncGenerator<StreamResponse, void, undefined>) =>
    sseResponse(events, (event) => StreamResponse.toJSON(event), (error) => errorBody(error).body, (error) => {
      const { status, body: payload } = errorBody(error);
      return c.json(payload, status as 400);
    });

  app.post(`${A2A_PATHS.rest}/*`, route(async (c, context, path) => {
    if (path === '/message:send') return c.json(asResponse(await handler.sendMessage(SendMessageRequest.fromJSON(await body(c)), context)) as object);
    if (path === '/message:stream') return stream(c, handler.sendMessageStream(SendMessageRequest.fromJSON(await body(c)), context));
    const task = /^\/tasks\/([^/:]+):(cancel|subscribe)$/.exec(path);
    if (task?.[2] === 'cancel') return c.json(Task.toJSON(await handler.cancelTask({ id: task[1] ?? '', tenant: '', metadata: {} }, context)) as object);
    if (task?.[2] === 'subscribe') return stream(c, handler.resubscribe({ id: task[1] ?? '', tenant: '' }, context));
    throw new TaskNotFoundError(`no A2A operation ${path}`);
  }));

  app.get(`${A2A_PATHS.rest}/*`, route(async (c, context, path) => {
    if (path === '/tasks') {
      const q = c.req.query();
      const listed = await handler.listTasks({
        tenant: '', contextId: q.contextId ?? '', pageToken: q.pageToken ?? '', statusTimestampAfter: q.statusTimestampAfter,
        status: q.status ? taskStateFromJSON(q.status) : 0, includeArtifacts: q.includeArtifacts === 'true',
        ...(q.pageSize ? { pageSize: Number(q.pageSize) } : {}), ...(q.historyLength ? { historyLength: Number(q.historyLength) } : {}),
      }, context);
      return c.json(ListTasksResponse.toJSON(listed) as object);
    }
    const subscribe = /^\/tasks\/([^/:]+):subscribe$/.exec(path);
    if (subscribe) return stream(c, handler.resubscribe({ id: subscribe[1] ?? '', tenant: '' }, context));
    const get = /^\/tasks\/([^/:]+)$/.exec(path);
    if (!get) throw new TaskNotFoundError(`no A2A resource ${path}`);
    const historyLength = c.req.query('historyLength');
    return c.json(Task.toJSON(await handler.getTask({ id: get[1] ?? '', tenant: '', ...(historyLength ? { historyLength: Number(historyLength) } : {}) }, context)) as object);
  }));
}
