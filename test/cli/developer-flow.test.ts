import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const FLOWER_SHOP = fileURLToPath(new URL('../../examples/flower-shop', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'agentos-cli-'));
const env = { AGENTOS_DATA_DIR: dataDir, AGENTOS_SEED: '0', AGENTOS_NOW: '2026-11-20T10:00:00+08:00' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Each step is a fresh hub process, and install now opens every page; on a busy 2-core machine a step can take minutes.
describe('a developer with the example package, at the command line', { timeout: 240_000 }, () => {
  it('lints it clean', async () => {
    const run = await runCli(['lint', FLOWER_SHOP, '--json'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 0 });
  });

  it('cannot call it before it is approved', async () => {
    const install = await runCli(['install', FLOWER_SHOP], env);
    expect(install.code).toBe(0);
    expect(install.stdout).toMatch(/installed flower-shop@[0-9a-f]{12} \(pending\)/);
    expect(install.stdout).toContain('automatic review passed');
    // progress, as plain lines off a terminal: contract runs, then listings, never past the total, ending at it
    const steps = [...install.stderr.matchAll(/^review (\d+)\/(\d+) flower-shop: (contract run|listing|inspecting)\b/gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps.every(([done, total]) => done! <= total!)).toBe(true);
    expect(steps.at(-1)![0]).toBe(steps.at(-1)![1]);
    const early = await runCli(['call', 'flower-shop', 'searchBouquets', '{}'], env);
    expect(early.code).toBe(5);
    expect(early.stderr).toContain('flower-shop has no approved version');
  });

  it('approves it, calls it, and finds what it stored after a restart', async () => {
    const approve = await runCli(['review', 'approve', 'flower-shop', '--actor', 'ops'], env);
    expect(approve.stdout).toMatch(/flower-shop@[0-9a-f]{12} is approved/);
    const search = await runCli(['call', 'flower-shop', 'searchBouquets', '{"keyword":"玫瑰"}'], env);
    expect(search.code).toBe(0);
    expect(search.stderr).not.toContain('shop api'); // the mini-program's own console line stays out of human output
    const verbose = await runCli(['call', 'flower-shop', 'searchBouquets', '{"keyword":"玫瑰"}', '--verbose'], env);
    expect(verbose.stderr).toMatch(/\[flower-shop searchBouquets\] shop api searchBouquets \d+ms/);
    const envelope = JSON.parse(search.stdout) as { isError: boolean; content: { text: string }[]; structuredContent: { bouquets: { id: string }[] } };
    expect(envelope.isError).toBe(false);
    expect(envelope.structuredContent.bouquets.map((b) => b.id)).toContain('b_red_roses');
    // placeOrder writes the order book into the mini-program's storage; each call is a new hub process.
    await runCli(['users', 'add', 'tester', '--city', '北京', '--address', '北京市朝阳区测试路 1 号', '--phone', '13000000001'], env);
    const order = await runCli(['call', 'flower-shop', 'placeOrder', '{"bouquetId":"b_red_roses","addressId":"home","deliveryDate":"2026-11-21"}', '--user', 'tester', '--grant', 'scope.address'], env);
    expect(order.code, order.stderr).toBe(0);
    const orders = await runCli(['call', 'flower-shop', 'listOrders', '{"status":"all"}', '--user', 'tester'], env);
    expect(JSON.parse(orders.stdout).structuredContent.orders).toHaveLength(1);
  });

  it('records every decision and shows it', async () => {
    const show = await runCli(['review', 'show', 'flower-shop', '--json'], env);
    const record = JSON.parse(show.stdout) as { status: string; decisions: { decision: string; actor: string }[] };
    expect(record.status).toBe('approved');
    expect(record.decisions).toEqual([expect.objectContaining({ decision: 'approve', actor: 'ops' })]);
  });

  it('lint runs the review install runs: an API declared but never registered fails (V007), which the rules alone cannot see', async () => {
    const copy = join(dataDir, 'unregistered');
    cpSync(fileURLToPath(new URL('../fixtures/packages/tiny-cafe', import.meta.url)), copy, { recursive: true });
    const entry = join(copy, 'skills/drink/index.js');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace("registerAPI('orderDrink'", "registerAPI('orderDrinks'"));
    const run = await runCli(['lint', copy], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error skill\/names-match \[V007\] skills\/drink\/mcp\.json:\d+/);
    const rulesOnly = await runCli(['lint', copy, '--static'], env);
    expect(rulesOnly.code).toBe(0);
  });

  it('names the file and the rule when a package is broken, and exits 1', async () => {
    const broken = fileURLToPath(new URL('../fixtures/packages/broken-json', import.meta.url));
    const run = await runCli(['lint', broken], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/app\.json:\d+/);
  });
});
