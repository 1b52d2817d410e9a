import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const HUB = fileURLToPath(new URL('./hostile-hub.ts', import.meta.url));

describe('a hub running a hostile mini-program', () => {
  // The attacks of hostile-hub.ts, each holding a sandbox thread: a loop, a backtracking pattern, endless microtasks, allocation churn.
  it.each(['loop', 'backtrack', 'microtasks', 'churn'])('still answers /health and stops on SIGTERM during %s', async (attack) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HUB, attack], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AGENTOS_LOG_LEVEL: 'warn' } });
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on('exit', (code) => resolve({ code, at: Date.now() })));
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /attacking \(\w+\) on port (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      void exited.then(() => reject(new Error(`the hub exited early: ${out}`)));
    });
    await new Promise((r) => setTimeout(r, 500)); // the attack is running on a sandbox thread by now
    const health = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5_000) });
    expect(await health.text()).toBe('ok');
    const sent = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await exited;
    console.log(`SIGTERM during ${attack}: the hub exited with ${code} after ${at - sent} ms`);
    expect(code).toBe(0);
    expect(at - sent).toBeLessThan(10_000);
  });
});
