import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { declaredBodyLimit } from './body-limit.ts';

function app(): Hono {
  const hono = new Hono();
  hono.use('*', declaredBodyLimit(16, (c) => c.json({ error: 'too large' }, 413)));
  hono.all('/echo', async (c) => c.text(c.req.method === 'GET' ? 'got' : await c.req.text()));
  return hono;
}

const chunked = (text: string) => new ReadableStream<Uint8Array>({
  start(controller) {
    for (const part of text.match(/.{1,4}/g) ?? []) controller.enqueue(new TextEncoder().encode(part));
    controller.close();
  },
});

describe('the body limit', () => {
  it('refuses a body declared over the limit and lets one within it through whole', async () => {
    expect((await app().request('/echo', { method: 'POST', body: 'x'.repeat(17), headers: { 'content-length': '17' } })).status).toBe(413);
    const small = await app().request('/echo', { method: 'POST', body: 'hello', headers: { 'content-length': '5' } });
    expect(await small.text()).toBe('hello');
  });

  it('counts a body sent in chunks without a length, refusing one that grows over the limit', async () => {
    const over = await app().request('/echo', { method: 'POST', body: chunked('y'.repeat(40)), duplex: 'half' } as RequestInit);
    expect(over.status).toBe(413);
    const within = await app().request('/echo', { method: 'POST', body: chunked('twelve chars'), duplex: 'half' } as RequestInit);
    expect(await within.text()).toBe('twelve chars');
  });

  it('lets a GET through untouched', async () => {
    expect(await (await app().request('/echo')).text()).toBe('got');
  });
});
