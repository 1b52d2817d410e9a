import type { Hono } from 'hono';
import type { HttpEnv } from './env.ts';

/** How a test client proves who it is: a bearer token, or a cookie session with its CSRF token. */
export type Credential = { bearer: string } | { cookie: string; csrf?: string } | undefined;

export interface TestClient {
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, json?: unknown, headers?: Record<string, string>): Promise<Response>;
  delete(path: string, headers?: Record<string, string>): Promise<Response>;
  /** Any method, any body as it is. */
  raw(method: string, path: string, body?: string | Uint8Array, headers?: Record<string, string>): Promise<Response>;
}

/** Requests against the app in process, as one caller. */
export function clientOf(app: Hono<HttpEnv>, credential?: Credential, from?: string): TestClient {
  // What @hono/node-server hands the app: the socket the request came over.
  const env = from ? { incoming: { socket: { remoteAddress: from } } } : undefined;
  const auth = (): Record<string, string> => {
    if (!credential) return {};
    if ('bearer' in credential) return { authorization: `Bearer ${credential.bearer}` };
    return { cookie: `agentos_session=${credential.cookie}`, ...(credential.csrf ? { 'x-csrf-token': credential.csrf } : {}) };
  };
  return {
    get: (path, headers = {}) => Promise.resolve(app.request(path, { headers: { ...auth(), ...headers } }, env)),
    post: (path, json, headers = {}) => Promise.resolve(app.request(path, {
      method: 'POST', headers: { 'content-type': 'application/json', ...auth(), ...headers }, ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    }, env)),
    delete: (path, headers = {}) => Promise.resolve(app.request(path, { method: 'DELETE', headers: { ...auth(), ...headers } }, env)),
    raw: (method, path, body, headers = {}) => Promise.resolve(app.request(path, { method, headers: { ...auth(), ...headers }, ...(body === undefined ? {} : { body }) }, env)),
  };
}

/** The session secret a response's Set-Cookie carries. */
export function sessionCookie(response: Response): string | undefined {
  return /agentos_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
}
