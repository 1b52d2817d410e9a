import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded model response: text, or tool calls, optionally checked against the request. */
export interface ScriptedReply {
  /** Throws (or returns a message) when the request is not the one this reply answers. */
  expect?: (request: { messages: { role: string; content?: unknown; tool_call_id?: string }[]; tools?: { function: { name: string } }[] }) => string | void;
  text?: string;
  toolCall?: { name: string; arguments: Record<string, unknown> };
  /** Answer with this HTTP error status instead (a wrong model is 404, a wrong key 401, an overloaded server 503). */
  status?: number;
  /** Token usage reported in the stream's last chunk (as `stream_options.include_usage` asks). */
  usage?: number;
}

/**
 * An OpenAI-compatible chat-completions server on loopback that replays a script of
 * responses (streamed as SSE, like the real thing) and fails on any unexpected request.
 */
export class ScriptedLlm {
  readonly errors: string[] = [];
  readonly requests: unknown[] = [];
  #script: ScriptedReply[] = [];
  /** A model that answers each request from what it sees (the hostile model), instead of a script. */
  #responder: ((request: ModelRequest) => ScriptedReply) | undefined;
  #server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    // The server never closes an idle connection itself: on a busy machine its 5 s idle close
    // raced the client's reuse of the socket, and a test without retries saw "Connection error".
    this.#server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/v1`;
    return this;
  }

  /** Replaces the script; every reply must be consumed by the end of a test. */
  play(script: ScriptedReply[]): void {
    this.#script = [...script];
    this.errors.length = 0;
  }

  /** Answers every request with `respond(request)`, for as long as it is set (undefined: back to the script). */
  respondWith(respond: ((request: ModelRequest) => ScriptedReply) | undefined): void {
    this.#responder = respond;
    this.errors.length = 0;
  }

  get remaining(): number {
    return this.#script.length;
  }

  async #handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Parameters<NonNullable<ScriptedReply['expect']>>[0] & { stream?: boolean };
    this.requests.push(body);
    const next = this.#responder ? safeReply(() => this.#responder!(body)) : this.#script.shift();
    const problem = req.url?.endsWith('/chat/completions') ? (next ? safe(() => next.expect?.(body)) : 'unexpected request: the script is exhausted') : `unexpected path ${req.url}`;
    if (problem || !next) {
      this.errors.push(problem ?? 'no reply');
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: problem } }));
      return;
    }
    if (next.status) {
      res.writeHead(next.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `scripted error ${next.status}`, type: 'scripted' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const base = { id: 'chatcmpl-scripted', object: 'chat.completion.chunk', created: 0, model: 'scripted' };
    const send = (delta: unknown, finish: string | null = null) => res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
    if (next.toolCall) {
      const args = JSON.stringify(next.toolCall.arguments);
      send({ role: 'assistant', tool_calls: [{ index: 0, id: `call_${this.requests.length}`, type: 'function', function: { name: next.toolCall.name, arguments: '' } }] });
      for (let i = 0; i < args.length; i += 16) send({ tool_calls: [{ index: 0, function: { arguments: args.slice(i, i + 16) } }] });
      send({}, 'tool_calls');
    } else {
      const text = next.text ?? '';
      send({ role: 'assistant', content: '' });
      for (let i = 0; i < text.length; i += 8) send({ content: text.slice(i, i + 8) });
      send({}, 'stop');
    }
    if (next.usage !== undefined) res.write(`data: ${JSON.stringify({ ...base, choices: [], usage: { prompt_tokens: next.usage - 1, completion_tokens: 1, total_tokens: next.usage } })}\n\n`);
    res.end('data: [DONE]\n\n');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}

/** What a chat-completions request carries that a model reads. */
export type ModelRequest = Parameters<NonNullable<ScriptedReply['expect']>>[0] & { tools?: { function: { name: string; description?: string; parameters?: { properties?: Record<string, { type?: string; description?: string; enum?: unknown[] }>; required?: string[] } } }[] };

function safeReply(fn: () => ScriptedReply): ScriptedReply | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

function safe(fn: () => string | void): string | undefined {
  try {
    return fn() ?? undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The text of the last message of a request (for `expect`). */
export function lastMessage(request: { messages: { role: string; content?: unknown }[] }): string {
  const m = request.messages[request.messages.length - 1];
  return typeof m?.content === 'string' ? m.content : JSON.stringify(m?.content ?? '');
}
