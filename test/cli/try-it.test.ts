import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/eval/index.ts';
import { runCli, type CliRun } from './run-cli.ts';

/**
 * The README's "Try it", run as a newcomer runs it: `npm start` in one terminal, then every
 * other line in order in the same folder. The commands are read from README.md, so the test
 * and the page cannot drift apart.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FULL = process.env.AGENTOS_TRY_IT_FULL === '1';

function tryItLines(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Try it'), readme.indexOf('\n## ', readme.indexOf('## Try it') + 1));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').map((line) => line.replace(/\s+#.*$/, '').trim()).filter(Boolean);
}

/**
 * An eval runs each scenario on a fresh in-memory hub and never opens the data folder: here it
 * runs its first scenario only (AGENTOS_TRY_IT_FULL=1 runs every one), to keep the suite fast.
 */
function scaled(command: string): string {
  if (FULL || !/ eval /.test(command)) return command;
  const file = /eval (\S+\.yaml)/.exec(command)?.[1] ?? '';
  const split = /--split (\w+)/.exec(command)?.[1];
  const first = loadScenarios(join(ROOT, file)).find((s) => !split || s.split === split);
  return `${command.replace(/--k \d+/, '--k 1')} --only ${first?.id ?? ''}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function shell(command: string, env: Record<string, string>, input = ''): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env: { ...process.env, AGENTOS_LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe("the README's Try it, with npm start running in the same folder", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'agentos-try-it-'));
  let port = 0;
  let env: Record<string, string>;
  let hub: ReturnType<typeof spawn>;
  let hubOutput = '';
  let hubExit: Promise<number | null>;
  const lines = tryItLines();

  beforeAll(async () => {
    port = await freePort();
    env = { AGENTOS_DATA_DIR: dataDir, AGENTOS_PORT: String(port) };
    expect(lines[0]).toBe('npm start');
    hub = spawn('sh', ['-c', lines[0] ?? ''], { cwd: ROOT, env: { ...process.env, AGENTOS_LOG_LEVEL: 'warn', ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    hub.stdout?.on('data', (d: Buffer) => (hubOutput += d.toString()));
    hubExit = new Promise((resolve) => hub.on('close', resolve));
    const until = Date.now() + 240_000;
    while (!existsSync(join(dataDir, 'operator.json'))) {
      if (Date.now() > until) throw new Error(`the hub did not start:\n${hubOutput}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 300_000);

  afterAll(async () => {
    try {
      if (hub.pid) process.kill(-hub.pid, 'SIGKILL'); // only if a test failed before stopping it
    } catch {
      // already stopped
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs every step in order, each succeeding, while the hub keeps serving', async () => {
    for (const line of lines.slice(1)) {
      if (line.startsWith('npm run bench')) continue; // speed figures: no data folder involved
      for (const command of line.split('&&').map((part) => part.trim())) {
        const interactive = / chat (?!.*--once)/.test(command);
        const run = await shell(scaled(command), env, interactive ? '帮我查一下快递 SF1234567890 到哪了\n\n' : '');
        expect(run.code, `${command}\n${run.stdout}\n${run.stderr}`).toBe(0);
        if (interactive) expect(run.stdout).toContain('SF1234567890');
        expect((await fetch(`http://127.0.0.1:${port}/health`)).status, `after ${command}`).toBe(200);
      }
    }
    const token = (JSON.parse(readFileSync(join(dataDir, 'operator.json'), 'utf8')) as { token: string }).token;
    const apps = (await (await fetch(`http://127.0.0.1:${port}/api/apps`, { headers: { authorization: `Bearer ${token}` } })).json()) as { apps: { appId: string }[] };
    expect(apps.apps.map((a) => a.appId)).toContain('flower-shop');
  }, 900_000);

  it('refuses a second start on the folder and a start on a busy port, each in one line, writing nothing', async () => {
    const pid = hub.pid ?? 0;
    const second = await runCli(['start'], env);
    expect(second.code).not.toBe(0);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(new RegExp(`in use by agentos start \\(pid \\d+, http://127\\.0\\.0\\.1:${port}\\)`));
    expect(pid).toBeGreaterThan(0);

    const elsewhere = join(tmpdir(), `agentos-try-it-unused-${port}`);
    const busy = await runCli(['start'], { ...env, AGENTOS_DATA_DIR: elsewhere });
    expect(busy.code).not.toBe(0);
    expect(busy.stderr.trim().split('\n')).toHaveLength(1);
    expect(busy.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    expect(existsSync(elsewhere)).toBe(false);
  }, 120_000);

  it('stops on SIGTERM, leaves the folder free, and the store it leaves verifies', async () => {
    process.kill(-(hub.pid ?? 0), 'SIGTERM');
    await hubExit;
    expect(existsSync(join(dataDir, 'hub.lock'))).toBe(false);
    expect(existsSync(join(dataDir, 'operator.json'))).toBe(false);
    const review = await runCli(['review', 'list', '--json'], env);
    expect(review.code, review.stderr).toBe(0);
    expect((JSON.parse(review.stdout) as { appId: string; status: string }[]).find((v) => v.appId === 'flower-shop')?.status).toBe('approved');
    for (const check of [['pay', 'verify'], ['audit', 'verify']]) {
      const run = await runCli(check, env);
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
  }, 120_000);
});
