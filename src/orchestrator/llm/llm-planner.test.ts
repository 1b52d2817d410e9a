import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentOsError, fixedClock } from '../../core/index.ts';
import { ScriptedLlm } from '../../../test/support/scripted-llm.ts';
import type { PlannerCatalog, PlannerInput } from '../planner.ts';
import { LlmPlanner } from './llm-planner.ts';

/** A catalog with nothing installed: these tests are about the endpoint, not the tools. */
const empty: PlannerCatalog = { search: () => [], tool: () => undefined, toolsOf: () => [], skillDoc: () => '', appInstruction: () => undefined, apps: () => [] };

function input(lang: 'zh' | 'en', extra: Partial<PlannerInput> = {}): PlannerInput {
  return {
    transcript: [{ role: 'user', text: lang === 'en' ? 'hello' : '你好' }], user: { id: 'demo', name: 'Demo', lang, city: undefined, preferences: {} },
    catalog: empty, clock: fixedClock('2026-11-20T10:00:00+08:00', 'Asia/Shanghai'), memo: undefined, knownIds: [], ...extra,
  };
}

async function failure(run: Promise<unknown>): Promise<AgentOsError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AgentOsError) return error;
    throw error;
  }
  throw new Error('expected the planner to fail');
}

/** A loopback port nothing listens on (opened, then closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let llm: ScriptedLlm;
beforeAll(async () => {
  llm = await new ScriptedLlm().start();
});
afterAll(async () => {
  await llm.stop();
});

const planner = (options: Partial<ConstructorParameters<typeof LlmPlanner>[0]> = {}) =>
  new LlmPlanner({ baseUrl: llm.url, model: 'scripted', retryBaseMs: 1, ...options });

describe('LlmPlanner against an OpenAI-compatible endpoint', () => {
  it('streams text and tool calls to the entrance as they arrive, and says the text was streamed', async () => {
    const seen: string[] = [];
    llm.play([{ text: '你好，我能帮你订票、点咖啡。' }, { toolCall: { name: 'coffee__getMenu', arguments: { storeId: 's1' } } }]);
    const reply = await planner().next(input('zh', { stream: (e) => seen.push(e.type === 'text-delta' ? e.text : `${e.name}:${e.arguments}`) }));
    expect(reply).toMatchObject({ type: 'reply', text: '你好，我能帮你订票、点咖啡。', streamed: true });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.join('')).toBe('你好，我能帮你订票、点咖啡。');
    seen.length = 0;
    const call = await planner().next(input('zh', { stream: (e) => seen.push(e.type === 'tool-call-delta' ? e.arguments : '') }));
    expect(call).toMatchObject({ type: 'call', arguments: { storeId: 's1' } });
    expect(seen.join('')).toBe('{"storeId":"s1"}');
  });

  it('retries a failure that may pass (503, 429) with backoff, and gives up with a clear error after its retries', async () => {
    llm.play([{ status: 503 }, { status: 429 }, { text: 'ok' }]);
    expect(await planner({ maxRetries: 2 }).next(input('en'))).toMatchObject({ type: 'reply', text: 'ok' });
    expect(llm.remaining).toBe(0);
    llm.play([{ status: 503 }, { status: 503 }]);
    const error = await failure(planner({ maxRetries: 1 }).next(input('en')));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.details.attempts).toBe(2);
    expect(llm.remaining).toBe(0);
  });

  it('says in the user\'s language, with the fix, when the model or the key is wrong — and does not retry those', async () => {
    llm.play([{ status: 404 }]);
    const missing = await failure(planner({ model: 'gpt-nope' }).next(input('zh')));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('gpt-nope');
    expect(missing.message).toMatch(/[\u4e00-\u9fff]/);
    expect(String(missing.details.fix)).toContain('AGENTOS_LLM_MODEL');
    llm.play([{ status: 401 }]);
    const refused = await failure(planner().next(input('en')));
    expect(refused.code).toBe('UNAUTHENTICATED');
    expect(refused.message).toMatch(/refused the API key/);
    expect(String(refused.details.fix)).toContain('AGENTOS_LLM_API_KEY');
    expect(llm.remaining).toBe(0);
  });

  it('names the address when nothing answers there (connection refused)', async () => {
    const port = await closedPort();
    const error = await failure(new LlmPlanner({ baseUrl: `http://127.0.0.1:${port}/v1`, model: 'm', retryBaseMs: 1, maxRetries: 1 }).next(input('zh')));
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain('连不上');
    expect(error.details.attempts).toBe(2);
  });

  it('counts the tokens a conversation spends and stops at its budget', async () => {
    llm.play([{ text: 'first', usage: 700 }]);
    const first = await planner({ tokenBudget: 1000 }).next(input('en'));
    expect(first.memo).toEqual({ tokensUsed: 700 });
    llm.play([{ text: 'second', usage: 400 }]);
    const second = await planner({ tokenBudget: 1000 }).next(input('en', { memo: first.memo }));
    expect(second.memo).toEqual({ tokensUsed: 1100 });
    llm.play([]);
    const spent = await failure(planner({ tokenBudget: 1000 }).next(input('en', { memo: second.memo })));
    expect(spent.code).toBe('RATE_LIMITED');
    expect(spent.message).toContain('1100 of 1000');
    expect(llm.requests.length).toBeGreaterThan(0);
    expect(llm.errors).toEqual([]);
  });
});
