import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedLlm } from '../support/scripted-llm.ts';
import { runCli } from './run-cli.ts';

const PARCEL_DESK = fileURLToPath(new URL('../fixtures/packages/parcel-desk', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'agentos-card-chat-'));
const env = { AGENTOS_DATA_DIR: dataDir, AGENTOS_SEED: '0', AGENTOS_NOW: '2026-11-20T10:00:00+08:00' };
const ASK = '寄一个3公斤的包裹到成都多少钱';

describe('a WeChat-style card in the terminal chat', () => {
  const llm = new ScriptedLlm();
  let chatEnv: Record<string, string>;
  beforeAll(async () => {
    await llm.start();
    chatEnv = { ...env, AGENTOS_PLANNER: 'llm', AGENTOS_LLM_BASE_URL: llm.url, AGENTOS_LLM_MODEL: 'scripted' };
    expect((await runCli(['install', PARCEL_DESK], env)).code).toBe(0);
    expect((await runCli(['review', 'approve', 'parcel-desk', '--actor', 'ops'], env)).code).toBe(0);
    expect((await runCli(['users', 'add', 'tester', '--city', '北京'], env)).code).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await llm.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders the card from on(Result), lists its taps, and a tap runs the api/call and shows the handoff page', async () => {
    const quote = { toolCall: { name: 'parcel-desk__quoteParcel', arguments: { city: '成都', weightKg: 3 } } };
    llm.play([quote, { text: '请在卡片上选一种服务。' }]);
    const first = await runCli(['chat', '--user', 'tester'], chatEnv, `${ASK}\n`);
    expect(first.stdout, first.stderr).toContain('寄往 成都 · 3 公斤');
    const tap = /↳ (tap \d+ [\d.]+) {2}经济/.exec(first.stdout)?.[1];
    expect(tap, first.stdout).toBeDefined();

    // A fresh session numbers its events the same way: ask again, then tap 经济 on the card.
    llm.play([quote, { text: '请在卡片上选一种服务。' }, { text: '已为你预约，点开取件预约页确认门牌号。' }]);
    const second = await runCli(['chat', '--user', 'tester'], chatEnv, `${ASK}\n${tap}\n`);
    expect(second.code, second.stderr).toBe(0);
    expect(llm.errors).toEqual([]);
    expect(second.stdout).toContain('📄 打开「取件预约」');
    expect(second.stdout).toContain('已为你预约');
    expect(llm.remaining).toBe(0);
  }, 180_000);
});
