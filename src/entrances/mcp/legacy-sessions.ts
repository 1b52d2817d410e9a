import { randomUUID } from 'node:crypto';
import { WebStandardStreamableHTTPServerTransport, type Server } from '@modelcontextprotocol/server';

interface LegacySession {
  transport: WebStandardStreamableHTTPServerTransport;
  server: Server;
  owner: string;
  lastUsed: number;
}

const gone = (status: number, message: string) =>
  Response.json({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }, { status });

/**
 * 2025-11-25 clients, served on sessionful Streamable HTTP so the server can ask them
 * (elicitation) in the middle of a call. A session answers only the caller that opened it;
 * idle ones close, and the oldest goes first when the cap is reached. Sessions live in this
 * process: behind a balancer, 2025 clients need sticky routing (2026-07-28 ones do not).
 */
export class LegacySessions {
  readonly #sessions = new Map<string, LegacySession>();
  readonly #max: number;
  readonly #idleMs: number;

  constructor({ max = 1000, idleMs = 30 * 60_000 }: { max?: number; idleMs?: number } = {}) {
    this.#max = max;
    this.#idleMs = idleMs;
  }

  async handle(request: Request, owner: string, open: () => Server): Promise<Response> {
    this.#sweep();
    const id = request.headers.get('mcp-session-id');
    if (id) {
      const session = this.#sessions.get(id);
      if (!session || session.owner !== owner) return gone(404, 'Session not found / 会话不存在或已结束');
      session.lastUsed = Date.now();
      return session.transport.handleRequest(request);
    }
    if (request.method !== 'POST') return gone(400, 'Bad Request: no Mcp-Session-Id; start with initialize');
    const server = open();
    const transport: WebStandardStreamableHTTPServerTransport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sessionId) => {
        this.#sessions.set(sessionId, { transport, server, owner, lastUsed: Date.now() });
      },
      onsessionclosed: (sessionId) => void this.#drop(sessionId),
    });
    await server.connect(transport);
    const response = await transport.handleRequest(request);
    if (!transport.sessionId) await server.close(); // not an initialize: nothing to keep
    return response;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#sessions.keys()].map((id) => this.#drop(id)));
  }

  async #drop(id: string): Promise<void> {
    const session = this.#sessions.get(id);
    this.#sessions.delete(id);
    await session?.server.close().catch(() => undefined);
  }

  #sweep(): void {
    const now = Date.now();
    const byAge = [...this.#sessions.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [index, [id, session]] of byAge.entries()) {
      if (now - session.lastUsed > this.#idleMs || byAge.length - index >= this.#max) void this.#drop(id);
    }
  }
}
