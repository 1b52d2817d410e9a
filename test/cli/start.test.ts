import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCli } from './run-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'agentos-start-'));
const env = { AGENTOS_DATA_DIR: dataDir, AGENTOS_SEED: '0' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function waitFor(output: () => string, pattern: RegExp, ms = 200_000): Promise<RegExpExecArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(output());
    if (match) return match;
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the first start', () => {
  it('listens on loopback, says so, and prints a one-time sign-in link for the operator', async () => {
    const hub = startCli(['start', '--port', '0'], env);
    try {
      const [, url] = await waitFor(hub.output, /listening on (http:\/\/127\.0\.0\.1:\d+) \(only this machine can reach it/);
      const [, link] = await waitFor(hub.output, /^ {2}(http:\S+\/auth\/link\?token=aos_l_\S+)$/m);
      expect(link?.startsWith(url ?? '-')).toBe(true);
      const opened = await fetch(link ?? '', { redirect: 'manual' });
      expect(opened.status).toBe(303);
      const cookie = /agentos_session=[^;]+/.exec(opened.headers.get('set-cookie') ?? '')?.[0] ?? '';
      const me = (await (await fetch(`${url}/api/me`, { headers: { cookie } })).json()) as { user: { id: string; role: string } };
      expect(me.user).toMatchObject({ id: 'owner', role: 'operator' });
      expect((await fetch(link ?? '', { redirect: 'manual' })).status).toBe(401); // once
      expect((await fetch(`${url}/api/sessions`, { method: 'POST' })).status).toBe(401);
    } finally {
      hub.child.kill('SIGTERM');
      await new Promise((r) => hub.child.once('close', r));
    }
  }, 240_000); // a cold start on a busy machine
});
