import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'agentos-agents-'));
const env = { AGENTOS_DATA_DIR: dataDir, AGENTOS_SEED: '0' };
const BIN = fileURLToPath(new URL('../../bin/agentos.js', import.meta.url));

describe('the agent commands: clients, a remote MCP server under review, the stdio entrance', () => {
  let server: ChildProcess;
  let url: string;
  beforeAll(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../fixtures/remote/mcp-server.ts', import.meta.url))], { stdio: ['ignore', 'pipe', 'inherit'] });
    url = ((await once(server.stdout!, 'data')) as [Buffer])[0].toString().trim();
  }, 60_000);
  afterAll(() => {
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues a client key, shown once', async () => {
    const added = await runCli(['clients', 'add', 'phone'], env);
    expect(added.code).toBe(0);
    expect(added.stdout.trim()).toMatch(/^aos_c_[A-Za-z0-9_-]{43}$/);
    expect(added.stderr).toContain('not shown again');
  }, 120_000);

  it('files a remote MCP server for review, then approves it with the operator\'s waiver', async () => {
    const added = await runCli(['mcp-servers', 'add', 'weather', '--url', `${url}/mcp`], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/weather \(mcp\) pending/);
    expect(added.stdout).toMatch(/weather\.book {2}acts {2}asks the user each time/);
    const approved = await runCli(['mcp-servers', 'approve', 'weather', '--by', 'ops', '--without-asking', 'book'], env);
    expect(approved.code).toBe(0);
    expect(approved.stdout).toMatch(/weather \(mcp\) approved by ops/);
    expect(approved.stdout).toMatch(/weather\.book {2}acts {2}no confirmation/);
  }, 120_000);

  it('serves MCP on stdio for a local host app', async () => {
    expect((await runCli(['users', 'add', 'host-user'], env)).code).toBe(0);
    const client = new Client({ name: 'host', version: '1' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '--user', 'host-user'], env: { ...process.env, ...env, AGENTOS_LOG_LEVEL: 'warn' } as Record<string, string>, stderr: 'ignore' }));
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toContain('ask');
    } finally {
      await client.close();
    }
  }, 120_000);
});
