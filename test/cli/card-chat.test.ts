import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedLlm } from '../support/scripted-llm.ts';
import { runCli, startCli } from './run-cli.ts';

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
    llm.play([
      { toolCall: { name: 'parcel-desk__quoteParcel', arguments: { city: '成都', weightKg: 3 } } },
      { text: '请在卡片上选一种服务。' },
      { text: '已为你预约，点开取件预约页确认门牌号。' },
    ]);
    const chat = startCli(['chat', '--user', 'tester'], chatEnv);
    const exited = new Promise<number | null>((resolve) => chat.child.on('close', resolve));
    chat.child.stdin.write(`${ASK}\n`);
    await waitFor(chat.output, '请在卡片上选一种服务');
    expect(chat.output()).toContain('寄往 成都 · 3 公斤');
    const tap = /↳ (tap \d+ [\d.]+) {2}经济/.exec(chat.output())?.[1];
    expect(tap, chat.output()).toBeDefined();
    chat.child.stdin.write(`${tap}\n`);
    await waitFor(chat.output, '已为你预约');
    chat.child.stdin.end('\n');
    expect(await exited).toBe(0);
    expect(llm.errors).toEqual([]);
    expect(chat.output()).toContain('📄 打开「取件预约」');
    expect(llm.remaining).toBe(0);
  }, 180_000);
});

async function waitFor(output: () => string, text: string, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (!output().includes(text)) {
    if (Date.now() > until) throw new Error(`no "${text}" in:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
