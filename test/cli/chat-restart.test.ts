import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './run-cli.ts';

const FLOWER_SHOP = fileURLToPath(new URL('../../examples/flower-shop', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'agentos-chat-'));
const env = { AGENTOS_DATA_DIR: dataDir, AGENTOS_SEED: '0', AGENTOS_NOW: '2026-11-20T10:00:00+08:00' };

async function waitFor(output: () => string, text: string, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!output().includes(text)) {
    if (Date.now() > until) throw new Error(`timed out waiting for 「${text}」; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  await runCli(['install', FLOWER_SHOP], env);
  await runCli(['review', 'approve', 'flower-shop'], env);
  await runCli(['users', 'add', 'buyer', '--name', '王芳', '--city', '北京', '--phone', '13000000002', '--address', '北京市海淀区测试路 2 号', '--balance', '500'], env);
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a chat in the terminal, start to finish, across a killed hub', () => {
  it('resumes the task after SIGKILL and pays only on the user\'s y', async () => {
    const first = startCli(['chat', '--user', 'buyer'], env);
    await waitFor(first.output, '想办什么事');
    await waitFor(first.output, '(session ses_'); // printed right after the greeting, maybe in a later chunk
    await waitFor(first.output, ')\n');
    const session = /\(session (ses_[0-9a-z]+)\)/.exec(first.output())?.[1];
    expect(session).toBeDefined();
    first.child.stdin.write('帮我订一束红玫瑰，明天送到家\n');
    await waitFor(first.output, '允许？');
    expect(first.output()).toContain('收货地址');
    first.child.stdin.write('y\n');
    await waitFor(first.output, '确认？[y/N]');
    expect(first.output()).toMatch(/合计 ¥\d+\.\d\d/);
    first.child.kill('SIGKILL'); // the hub dies with the order waiting for the user's yes
    await new Promise((r) => first.child.once('close', r));

    const before = await runCli(['pay', 'orders', '--user', 'buyer'], env);
    expect(before.stdout).not.toMatch(/\bpaid\b/);

    const second = await runCli(['chat', '--user', 'buyer', '--session', session ?? ''], env, 'y\n\n');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('确认？[y/N]');
    expect(second.stdout).toMatch(/💳 已支付 ¥\d+\.\d\d/);

    const orders = await runCli(['pay', 'orders', '--user', 'buyer', '--json'], env);
    const paid = (JSON.parse(orders.stdout) as { status: string }[]).filter((o) => o.status === 'paid');
    expect(paid).toHaveLength(1);
    const verify = await runCli(['pay', 'verify'], env);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });
});
