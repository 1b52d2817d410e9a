import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';

describe('the console\'s JSON routes', () => {
  let hub: Hub;
  let app: ReturnType<typeof httpApp>;
  beforeAll(async () => {
    hub = await testHub([]);
    app = httpApp(hub);
  });
  afterAll(() => hub.close());

  const post = (path: string, json: unknown) => app.request(path, { method: 'POST', body: JSON.stringify(json), headers: { 'content-type': 'application/json' } });
  const error = async (response: Response) => ((await response.json()) as { error: { code: string; message: string; details: { where?: string } } }).error;

  it('refuses a decision without a reason, naming the field, and an unknown version with a 404', async () => {
    const noReason = await post('/api/console/versions/x/1/decision', { decision: 'approve', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect((await error(noReason)).details.where).toBe('reason');
    const control = await post('/api/console/versions/x/1/decision', { decision: 'approve', reason: 'ok\u0000' });
    expect(control.status).toBe(400);
    expect((await post('/api/console/versions/nope/1/decision', { decision: 'reject', reason: 'bad' })).status).toBe(404);
  });

  it('refunds only what can be refunded, with a clear error otherwise', async () => {
    expect((await post('/api/console/refunds', { orderId: 'ord_nope', reason: 'x' })).status).toBe(404);
    const cents = await post('/api/console/refunds', { orderId: 'ord_nope', amount: 1.234, reason: 'x' });
    expect(cents.status).toBe(400);
    expect((await error(cents)).details.where).toBe('amount');
  });

  it('shows the ledger with its check and the audit log with its chain check', async () => {
    const ledger = (await (await app.request('/api/console/ledger')).json()) as { accounts: { id: string }[]; verification: { ok: boolean } };
    expect(ledger.verification.ok).toBe(true);
    expect(ledger.accounts.map((a) => a.id)).toContain('wallet:demo');
    expect((await app.request('/api/console/ledger?status=lost')).status).toBe(400);
    const audit = (await (await app.request('/api/console/audit')).json()) as { verification: { ok: boolean } };
    expect(audit.verification.ok).toBe(true);
  });

  it('answers a playground call to an API nobody serves, and an unknown scenario file, with a 404', async () => {
    expect((await post('/api/console/playground', { appId: 'ghost', api: 'boo' })).status).toBe(404);
    expect((await post('/api/console/evals', { file: 'nope.yaml' })).status).toBe(404);
    expect((await post('/api/console/evals', { file: '../x' })).status).toBe(400);
  });
});
