import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';
import { clientOf, type TestClient } from './test-support.ts';

describe('the console\'s JSON routes', () => {
  let hub: Hub;
  let user: TestClient;
  let developer: TestClient;
  let operator: TestClient;
  beforeAll(async () => {
    hub = await testHub([]);
    const app = httpApp(hub);
    const as = async (id: string, role?: 'developer' | 'operator') => {
      if (role) await hub.accounts.setRole(id, role);
      return clientOf(app, { bearer: (await hub.accounts.issue(id, 'api-token')).secret });
    };
    user = await as('demo');
    developer = await as('alice', 'developer');
    operator = await as('bob', 'operator');
  });
  afterAll(() => hub.close());

  const error = async (response: Response) => ((await response.json()) as { error: { code: string; details: { where?: string } } }).error;

  it('is for developers and operators only: a user is refused, a developer cannot reach the money', async () => {
    expect((await clientOf(httpApp(hub)).get('/api/console/versions')).status).toBe(401);
    expect((await user.get('/api/console/versions')).status).toBe(403);
    expect((await user.post('/api/console/versions/x/1/decision', { decision: 'approve', reason: 'me' })).status).toBe(403);
    expect((await developer.get('/api/console/versions')).status).toBe(200);
    expect((await developer.get('/api/console/ledger')).status).toBe(403);
    expect((await developer.post('/api/console/refunds', { orderId: 'o', reason: 'x' })).status).toBe(403);
    expect((await developer.get('/api/console/audit')).status).toBe(403);
  });

  it('refuses a decision without a reason, naming the field, and an unknown version with a 404', async () => {
    const noReason = await developer.post('/api/console/versions/x/1/decision', { decision: 'approve', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect((await error(noReason)).details.where).toBe('reason');
    expect((await developer.post('/api/console/versions/x/1/decision', { decision: 'approve', reason: 'ok\u0000' })).status).toBe(400);
    expect((await developer.post('/api/console/versions/nope/1/decision', { decision: 'reject', reason: 'bad' })).status).toBe(404);
  });

  it('refunds only what can be refunded, with a clear error otherwise', async () => {
    expect((await operator.post('/api/console/refunds', { orderId: 'ord_nope', reason: 'x' })).status).toBe(404);
    const cents = await operator.post('/api/console/refunds', { orderId: 'ord_nope', amount: 1.234, reason: 'x' });
    expect(cents.status).toBe(400);
    expect((await error(cents)).details.where).toBe('amount');
  });

  it('shows the operator the ledger with its check and the audit log with its chain check', async () => {
    const ledger = (await (await operator.get('/api/console/ledger')).json()) as { accounts: { id: string }[]; verification: { ok: boolean } };
    expect(ledger.verification.ok).toBe(true);
    expect(ledger.accounts.map((a) => a.id)).toContain('wallet:demo');
    expect((await operator.get('/api/console/ledger?status=lost')).status).toBe(400);
    const audit = (await (await operator.get('/api/console/audit')).json()) as { verification: { ok: boolean } };
    expect(audit.verification.ok).toBe(true);
  });

  it('answers a playground call to an API nobody serves, and an unknown scenario file, with a 404', async () => {
    expect((await developer.post('/api/console/playground', { appId: 'ghost', api: 'boo' })).status).toBe(404);
    expect((await developer.post('/api/console/evals', { file: 'nope.yaml' })).status).toBe(404);
    expect((await developer.post('/api/console/evals', { file: '../x' })).status).toBe(400);
  });
});
