import { describe, expect, it, vi } from 'vitest';
import { log } from '../core/index.ts';
import type { ApiDeclaration } from '../package/index.ts';
import { API_CALLS_LIMIT, checkEnvelope, ENVELOPE_PART_LIMIT, errorEnvelope, HANDOFF_PAYLOAD_LIMIT, invalidArguments, outputMismatch, readEnvelope, say } from './envelope.ts';
import { skillPackage } from './test-support.ts';

const api: ApiDeclaration = { name: 'getBill', description: 'a bill', inputSchema: { type: 'object' }, examples: [] };
const text = (t = 'ok') => ({ content: [{ type: 'text', text: t }] });
const chinese = /[\u4e00-\u9fff]/;

/** A result the hub refused: an isError envelope whose one text is for the user. */
function refusal(envelope: ReturnType<typeof checkEnvelope>): string {
  expect(envelope.isError).toBe(true);
  expect(envelope.content).toHaveLength(1);
  expect(envelope.structuredContent).toBeUndefined();
  expect(envelope.apiCalls).toBeUndefined();
  expect(envelope.handoff).toBeUndefined();
  return envelope.content[0]!.text;
}

/** A string of exactly `n` characters once JSON-encoded (quotes included). */
const jsonOfLength = (n: number) => 'x'.repeat(n - 2);

describe('what a mini-program returns, as the hub passes it on', () => {
  it('passes a well-formed result on with only what MINIPROGRAM-AI.md defines', () => {
    const envelope = checkEnvelope({ content: [{ type: 'text', text: 'two bills due', secret: 'x' }], structuredContent: { bills: 2 }, _meta: { ui: 1 }, extra: 'dropped' }, api);
    expect(envelope).toEqual({ isError: false, content: [{ type: 'text', text: 'two bills due' }], structuredContent: { bills: 2 }, _meta: { ui: 1 } });
  });

  it('marks a result failed only when it says isError: true, not a truthy lookalike', () => {
    expect(checkEnvelope({ ...text(), isError: true }, api).isError).toBe(true);
    expect(checkEnvelope({ ...text(), isError: 'true' }, api).isError).toBe(false);
    expect(checkEnvelope({ ...text(), isError: 1 }, api).isError).toBe(false);
    expect(checkEnvelope(text(), api).isError).toBe(false);
  });

  it('refuses a result that is not an object with text content, naming the API for the developer', () => {
    for (const raw of [null, undefined, 0, 'ok', [text()], {}, { content: [] }, { content: 'ok' }, { content: [{ type: 'image', text: 'x' }] }, { content: [{ type: 'text', text: 3 }] }, { content: [null] }, { content: [{ text: 'no type' }] }]) {
      expect(refusal(checkEnvelope(raw, api)), JSON.stringify(raw)).toContain('getBill');
    }
  });

  it('tells the developer which part of the result is at fault, in either language, each problem its own message', () => {
    const big = 'x'.repeat(ENVELOPE_PART_LIMIT);
    const paged: ApiDeclaration = { ...api, pagePath: 'pages/bill/bill' };
    // each result, and what its refusal must name: the part to fix (and the numbers to fix it by)
    const kinds: [unknown, ApiDeclaration, string[]][] = [
      [null, api, ['content']], [{ content: [] }, api, ['content']], [{ content: [{ type: 'image' }] }, api, ['content', 'text']],
      [{ content: [{ type: 'text', text: big }] }, api, ['content', '200 KB']],
      [{ ...text(), structuredContent: { big } }, api, ['structuredContent', '200 KB']], [{ ...text(), _meta: { big } }, api, ['_meta', '200 KB']],
      [{ ...text(), structuredContent: [1] }, api, ['structuredContent']], [{ ...text(), handoff: { payload: big } }, paged, ['handoff.payload', '64 KB', '16']],
      [{ ...text(), handoff: { query: big } }, paged, ['handoff.path', 'query']],
      [{ ...text(), apiCalls: Array.from({ length: 9 }, () => ({ name: 'a' })) }, api, ['9', '8']],
    ];
    for (const locale of ['en', 'zh_CN'] as const) {
      const messages = kinds.map(([raw, declared, names]) => {
        const message = refusal(checkEnvelope(raw, declared, { locale }));
        expect(message).toContain('getBill');
        for (const name of names) expect(message, `${locale}: ${message}`).toContain(name);
        return message;
      });
      expect(new Set(messages).size, messages.join('\n')).toBe(kinds.length);
    }
  });

  it('refuses a result with one bad content part among good ones rather than passing part of it', () => {
    refusal(checkEnvelope({ content: [{ type: 'text', text: 'a' }, { type: 'text' }] }, api));
  });

  it('speaks the user’s language when it refuses', () => {
    expect(refusal(checkEnvelope({}, api, { locale: 'en' }))).not.toMatch(chinese);
    expect(refusal(checkEnvelope({}, api, { locale: 'zh_CN' }))).toMatch(chinese);
    expect(refusal(checkEnvelope({}, api))).toMatch(chinese);
  });

  it('caps content, structuredContent and _meta at 200 KB each, and lets exactly 200 KB through', () => {
    const atLimit = jsonOfLength(ENVELOPE_PART_LIMIT - '{"v":}'.length);
    expect(JSON.stringify({ v: atLimit })).toHaveLength(ENVELOPE_PART_LIMIT);
    const over = atLimit + 'x';
    expect(checkEnvelope({ ...text(), structuredContent: { v: atLimit } }, api).structuredContent).toEqual({ v: atLimit });
    expect(checkEnvelope({ ...text(), _meta: { v: atLimit } }, api)._meta).toEqual({ v: atLimit });
    refusal(checkEnvelope({ ...text(), structuredContent: { v: over } }, api));
    refusal(checkEnvelope({ ...text(), _meta: { v: over } }, api));
    refusal(checkEnvelope({ content: [{ type: 'text', text: 'x'.repeat(ENVELOPE_PART_LIMIT) }] }, api));
  });

  it('refuses a structuredContent that is not an object, and ignores a null one', () => {
    refusal(checkEnvelope({ ...text(), structuredContent: [1, 2] }, api));
    refusal(checkEnvelope({ ...text(), structuredContent: 'two' }, api));
    const envelope = checkEnvelope({ ...text(), structuredContent: null }, api);
    expect(envelope.isError).toBe(false);
    expect('structuredContent' in envelope).toBe(false);
  });

  it('keeps a structuredContent that misses its outputSchema as returned, and logs the mismatch', () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    const typed: ApiDeclaration = { ...api, outputSchema: { type: 'object', properties: { bills: { type: 'number' }, unit: { type: 'string', default: 'yuan' } }, required: ['bills'] } };
    try {
      const envelope = checkEnvelope({ ...text(), structuredContent: { bills: 'two' } }, typed);
      expect(envelope.isError).toBe(false);
      expect(envelope.structuredContent).toEqual({ bills: 'two' });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toEqual({ api: 'getBill', problem: expect.stringContaining('bills') }); // the operator sees which API and field
      warn.mockClear();
      const matching = checkEnvelope({ ...text(), structuredContent: { bills: 2 } }, typed);
      expect(matching.structuredContent).toEqual({ bills: 2 }); // the schema's default is not written into what the mini-program said
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('drops a _meta or handoff that is not an object', () => {
    for (const bad of [[1], 'x', 3, null]) {
      const envelope = checkEnvelope({ ...text(), _meta: bad, handoff: bad }, { ...api, pagePath: 'pages/bill/bill' });
      expect(envelope.isError).toBe(false);
      expect('_meta' in envelope).toBe(false);
      expect('handoff' in envelope).toBe(false);
    }
  });
});

describe('a handoff to a page', () => {
  const paged: ApiDeclaration = { ...api, pagePath: 'pages/bill/bill' };

  it('opens the API’s page with the payload the result gave', () => {
    expect(checkEnvelope({ ...text(), handoff: { payload: { id: 'b1' } } }, paged).handoff).toEqual({ path: '/pages/bill/bill', payload: { id: 'b1' } });
    expect('handoff' in checkEnvelope({ ...text(), handoff: {} }, api)).toBe(false); // no page to open: no link shown
  });

  it('names the page as the package names it', () => {
    const pkg = { ...skillPackage('wx_bills', [{ path: 'skills/bills', files: {}, apis: [] }]), pageMeta: [{ path: 'pages/bill/bill', name: 'My bill' }] };
    expect(checkEnvelope({ ...text(), handoff: {} }, paged, { pkg }).handoff).toEqual({ path: '/pages/bill/bill', title: 'My bill' });
  });

  it('refuses a payload over 64 KB or nested deeper than 16 levels, and lets the limits themselves through', () => {
    const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });
    expect(checkEnvelope({ ...text(), handoff: { payload: deep(16) } }, paged).handoff?.payload).toEqual(deep(16));
    refusal(checkEnvelope({ ...text(), handoff: { payload: deep(17) } }, paged));
    const atLimit = jsonOfLength(HANDOFF_PAYLOAD_LIMIT);
    expect(checkEnvelope({ ...text(), handoff: { payload: atLimit } }, paged).handoff?.payload).toBe(atLimit);
    refusal(checkEnvelope({ ...text(), handoff: { payload: atLimit + 'x' } }, paged));
  });

  it('refuses a path over 1,024 characters or a query over 4,096', () => {
    const path = 'pages/bill/bill?' + 'a'.repeat(1024 - 'pages/bill/bill?'.length);
    expect(checkEnvelope({ ...text(), handoff: { path } }, paged).handoff?.path).toBe('/pages/bill/bill');
    refusal(checkEnvelope({ ...text(), handoff: { path: path + 'a' } }, paged));
    expect(checkEnvelope({ ...text(), handoff: { query: 'q'.repeat(4096) } }, paged).handoff?.query).toBe('q'.repeat(4096));
    refusal(checkEnvelope({ ...text(), handoff: { query: 'q'.repeat(4097) } }, paged));
  });

  it('does not measure a path or query that is not a string', () => {
    const envelope = checkEnvelope({ ...text(), handoff: { path: ['x'.repeat(2000)], query: { q: 'x'.repeat(5000) } } }, paged);
    expect(envelope.isError).toBe(false);
    expect(envelope.handoff?.path).toBe('/pages/bill/bill');
  });
});

describe('chained calls a result asks for', () => {
  it('passes on at most 8, each with a name, and object arguments or none', () => {
    const calls = [{ name: 'a', arguments: { id: 1 } }, { name: 'b', arguments: [1] }, { name: 'c' }, { arguments: {} }, { name: 3 }, 'd', null, [{ name: 'e' }]];
    expect(calls).toHaveLength(API_CALLS_LIMIT);
    expect(checkEnvelope({ ...text(), apiCalls: calls }, api).apiCalls).toEqual([
      { name: 'a', arguments: { id: 1 } },
      { name: 'b', arguments: {} },
      { name: 'c', arguments: {} },
    ]);
  });

  it('refuses a result asking for more than 8, so a mini-program cannot fan out unbounded work', () => {
    refusal(checkEnvelope({ ...text(), apiCalls: Array.from({ length: API_CALLS_LIMIT + 1 }, () => ({ name: 'a' })) }, api));
  });

  it('ignores apiCalls that is not a list', () => {
    expect('apiCalls' in checkEnvelope({ ...text(), apiCalls: { name: 'a' } }, api)).toBe(false);
  });
});

describe('reading a result from the sandbox', () => {
  it('parses JSON text and checks it', () => {
    expect(readEnvelope(JSON.stringify(text('hi')), api)).toEqual({ parsed: true, envelope: { isError: false, content: [{ type: 'text', text: 'hi' }] } });
    const checked = readEnvelope('{"content":[]}', api);
    expect(checked.parsed).toBe(true);
    refusal(checked.envelope);
  });

  it('refuses text that is not JSON, in the user’s language', () => {
    const en = readEnvelope('{content', api, { locale: 'en' });
    expect(en.parsed).toBe(false);
    expect(refusal(en.envelope)).not.toMatch(chinese);
    expect(refusal(en.envelope)).toContain('getBill');
    expect(refusal(en.envelope)).toContain('JSON');
    expect(refusal(readEnvelope('{content', api).envelope)).toMatch(chinese);
  });

  it('refuses a result nested too deep or too large before parsing it', () => {
    const deep = readEnvelope('['.repeat(100_000) + ']'.repeat(100_000), api);
    expect(deep.parsed).toBe(false);
    expect(refusal(deep.envelope)).toContain('getBill');
    const large = readEnvelope(JSON.stringify({ ...text(), pad: 'x'.repeat(1024 * 1024) }), api);
    expect(large.parsed).toBe(false);
    refusal(large.envelope);
  });
});

describe('outputMismatch', () => {
  const typed: ApiDeclaration = { ...api, outputSchema: { type: 'object', properties: { bills: { type: 'number' } }, required: ['bills'] } };

  it('names a successful result that misses the schema, and nothing else', () => {
    expect(outputMismatch({ isError: false, content: [], structuredContent: { bills: 'x' } }, typed)).toContain('structuredContent');
    expect(outputMismatch({ isError: false, content: [], structuredContent: { bills: 1 } }, typed)).toBeUndefined();
    expect(outputMismatch({ isError: true, content: [], structuredContent: { bills: 'x' } }, typed)).toBeUndefined();
    expect(outputMismatch({ isError: false, content: [] }, typed)).toBeUndefined();
    expect(outputMismatch({ isError: false, content: [], structuredContent: { bills: 'x' } }, api)).toBeUndefined();
  });
});

describe('messages for the user', () => {
  it('say picks English only for en', () => {
    expect(say('en', '中', 'en')).toBe('en');
    expect(say('zh_CN', '中', 'en')).toBe('中');
    expect(say(undefined, '中', 'en')).toBe('中');
  });

  it('errorEnvelope is one failed text', () => {
    expect(errorEnvelope('no')).toEqual({ isError: true, content: [{ type: 'text', text: 'no' }] });
  });

  it('invalidArguments names the API and the problem in the user’s language', () => {
    const en = invalidArguments('getBill', 'id is required', 'en');
    expect(en).toContain('getBill');
    expect(en).toContain('id is required');
    expect(en).not.toMatch(chinese);
    expect(invalidArguments('getBill', 'id is required')).toMatch(chinese);
  });
});
