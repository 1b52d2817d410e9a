import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { AgentCard, Role, Task, TaskState, type Message, type Part, type SendMessageRequest, type StreamResponse } from '@a2a-js/sdk';
import { ClientFactory, ClientFactoryOptions, JsonRpcTransportFactory, RestTransportFactory, type Client } from '@a2a-js/sdk/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { serveHttp } from '../http/index.ts';
import type { RunningServer } from '../http/serve.ts';

const COFFEE = fileURLToPath(new URL('../../../ecosystem/packages/coffee', import.meta.url));
const ORDER = '国贸店自取一杯大杯冰拿铁';

const text = (value: string): Part => ({ content: { $case: 'text', value }, metadata: undefined, filename: '', mediaType: 'text/plain' });
const data = (value: Record<string, unknown>): Part => ({ content: { $case: 'data', value }, metadata: undefined, filename: '', mediaType: 'application/json' });
function send(parts: Part[], task?: Pick<Task, 'id' | 'contextId'>): SendMessageRequest {
  const message: Message = { messageId: randomUUID(), contextId: task?.contextId ?? '', taskId: task?.id ?? '', role: Role.ROLE_USER, parts, metadata: undefined, extensions: [], referenceTaskIds: [] };
  return { tenant: '', message, configuration: undefined, metadata: undefined };
}
const asTask = (result: unknown) => result as Task;
const dataOf = (task: Task) => task.status?.message?.parts.flatMap((p) => (p.content?.$case === 'data' ? [p.content.value as Record<string, unknown>] : []))[0];

describe('the A2A entrance, with the SDK\'s ClientFactory over loopback HTTP', () => {
  let hub: Hub;
  let server: RunningServer;
  let key: string;
  /** A fetch that carries the client's key and names its end user, as a phone assistant would. */
  const fetchAs = (user: string, secret = key): typeof fetch => (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${secret}`);
    headers.set('x-agentos-user', user);
    return fetch(input, { ...init, headers });
  };
  const clientFor = (user: string, transport: 'jsonrpc' | 'rest' = 'jsonrpc'): Promise<Client> => {
    const transports = transport === 'rest' ? [new RestTransportFactory({ fetchImpl: fetchAs(user) })] : [new JsonRpcTransportFactory({ fetchImpl: fetchAs(user) })];
    return new ClientFactory(ClientFactoryOptions.createFrom(ClientFactoryOptions.default, { transports, preferredTransports: [transport === 'rest' ? 'HTTP+JSON' : 'JSONRPC'] })).createFromUrl(server.url);
  };

  beforeAll(async () => {
    hub = await testHub([COFFEE], { config: { split: { entrancePercent: 2, operatorPercent: 1 } } });
    ({ key } = await hub.clients.add('phone'));
    for (const user of ['amy', 'bo', 'cy']) await hub.pay.topUp(`phone:${user}`, 50_000, `fund-${user}`);
    server = await serveHttp(hub, { port: 0 });
  }, 240_000);
  afterAll(async () => {
    await server.close();
    await hub.close();
  });

  it('serves an Agent Card with the live skills, both bindings, a 0.3 mirror and the bearer scheme', async () => {
    const raw = (await (await fetch(`${server.url}/.well-known/agent-card.json`)).json()) as Record<string, unknown>;
    const card = AgentCard.fromJSON(raw);
    expect(card.skills.map((s) => s.id)).toContainEqual(expect.stringMatching(/^coffee\//));
    expect(card.supportedInterfaces.map((i) => `${i.protocolBinding} ${i.protocolVersion}`)).toEqual(expect.arrayContaining(['JSONRPC 1.0', 'HTTP+JSON 1.0', 'JSONRPC 0.3']));
    expect(raw.securitySchemes).toEqual({ agentosClientKey: { httpAuthSecurityScheme: expect.objectContaining({ scheme: 'Bearer' }) } });
  });

  it('orders coffee: input-required with the order, the user\'s yes, then the capture and the entrance\'s share', async () => {
    const client = await clientFor('amy');
    const before = await hub.pay.balance('phone:amy');
    const asked = asTask(await client.sendMessage(send([text(ORDER)])));
    expect(asked.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED);
    const order = dataOf(asked) ?? {};
    expect(order).toMatchObject({ type: 'confirmation', kind: 'payment', appId: 'coffee', currency: 'CNY', lines: [expect.objectContaining({ qty: 1 })] });
    expect(await hub.pay.balance('phone:amy')).toBe(before); // nothing moves before the yes

    const words = asTask(await client.sendMessage(send([text('好的，确认')], asked)));
    expect(words.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED); // words are not a confirmation
    const madeUp = asTask(await client.sendMessage(send([data({ confirmationId: 'cfm_made_up', decision: 'confirm' })], asked)));
    expect(madeUp.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED); // an unknown id: the question stands
    expect(dataOf(madeUp)?.confirmationId).toBe(order.confirmationId);
    expect(await hub.pay.balance('phone:amy')).toBe(before);

    const done = asTask(await client.sendMessage(send([data({ confirmationId: order.confirmationId, decision: 'confirm' })], asked)));
    expect(done.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
    const amountFen = Math.round(Number(order.amount) * 100);
    expect(before - (await hub.pay.balance('phone:amy'))).toBe(amountFen);
    const [paid] = await hub.pay.listOrders({ userId: 'phone:amy', status: 'paid' });
    expect(paid?.split).toMatchObject({ entrance: 'a2a:phone', entranceFen: Math.floor(amountFen * 0.02) });
    const entrance = (await hub.pay.listAccounts('entrance')).find((a) => a.id === 'entrance:a2a:phone');
    expect(entrance?.balanceFen).toBe(Math.floor(amountFen * 0.02));

    const again = asTask(await client.getTask({ id: asked.id, tenant: '' }));
    expect(again.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
    expect(again.artifacts.map((a) => a.name)).toContain('receipt');
    const listed = await client.listTasks({ tenant: '', contextId: asked.contextId, status: 0, pageToken: '', statusTimestampAfter: undefined });
    expect(listed.tasks.map((t) => t.id)).toEqual([asked.id]);
  });

  it('streams status and artifact updates', async () => {
    const client = await clientFor('bo');
    const seen: StreamResponse['payload'][] = [];
    for await (const event of client.sendMessageStream(send([text('晨光咖啡有什么喝的？')]))) seen.push(event.payload);
    const states = seen.flatMap((p) => (p?.$case === 'statusUpdate' ? [p.value.status?.state] : []));
    expect(states).toContain(TaskState.TASK_STATE_WORKING);
    expect(states.at(-1)).toBe(TaskState.TASK_STATE_COMPLETED);
    expect(seen.some((p) => p?.$case === 'artifactUpdate')).toBe(true);
  });

  it('subscribes to and cancels a task waiting on a payment (HTTP+JSON): canceled, nothing charged', async () => {
    const client = await clientFor('cy', 'rest');
    const before = await hub.pay.balance('phone:cy');
    const asked = asTask(await client.sendMessage(send([text(ORDER)])));
    expect(asked.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED);
    const subscribed = client.resubscribeTask({ id: asked.id, tenant: '' });
    const first = (await subscribed.next()).value as StreamResponse | undefined;
    await subscribed.return(undefined);
    expect(first?.payload?.$case === 'task' && first.payload.value.status?.state).toBe(TaskState.TASK_STATE_INPUT_REQUIRED);
    const canceled = await client.cancelTask({ id: asked.id, tenant: '', metadata: {} });
    expect(canceled.status?.state).toBe(TaskState.TASK_STATE_CANCELED);
    const stale = asTask(await client.sendMessage(send([data({ confirmationId: dataOf(asked)?.confirmationId, decision: 'confirm' })], asked)).catch((e: unknown) => ({ error: e })));
    expect(stale.status?.state).not.toBe(TaskState.TASK_STATE_COMPLETED);
    expect(await hub.pay.balance('phone:cy')).toBe(before);
    expect(await hub.pay.listOrders({ userId: 'phone:cy', status: 'paid' })).toEqual([]);
  });

  it('answers 401 to a bad key and keeps each client\'s tasks its own', async () => {
    const rpc = { jsonrpc: '2.0', id: 1, method: 'GetTask', params: { id: 'x' } };
    const bad = await fetchAs('amy', 'aos_c_not-a-real-key')(`${server.url}/a2a/jsonrpc`, { method: 'POST', body: JSON.stringify(rpc), headers: { 'content-type': 'application/json', 'a2a-version': '1.0' } });
    expect(bad.status).toBe(401);
    const none = await fetch(`${server.url}/a2a/jsonrpc`, { method: 'POST', body: JSON.stringify(rpc), headers: { 'content-type': 'application/json' } });
    expect(none.status).toBe(401);
    const amy = await clientFor('amy');
    const [mine] = (await amy.listTasks({ tenant: '', contextId: '', status: 0, pageToken: '', statusTimestampAfter: undefined })).tasks;
    const bo = await clientFor('bo');
    await expect(bo.getTask({ id: mine?.id ?? '', tenant: '' })).rejects.toThrow();
    // Amy's context, which the hub now knows without reading it, is not Bo's to write in.
    const intruded = asTask(await bo.sendMessage(send([text('晨光咖啡北京有哪些门店？')], { id: '', contextId: mine?.contextId ?? '' })));
    expect(intruded.status?.state).toBe(TaskState.TASK_STATE_FAILED);
    expect((await hub.store.query('SELECT 1 FROM a2a_contexts WHERE id = $1 AND owner = $2', [mine?.contextId, 'phone:bo'])).length).toBe(0);
  });

  it('shuts a revoked key out at once, though its client was just let in', async () => {
    const { key: watchKey } = await hub.clients.add('watch');
    const rpc = { jsonrpc: '2.0', id: 1, method: 'ListTasks', params: {} };
    const post = () => fetchAs('amy', watchKey)(`${server.url}/a2a/jsonrpc`, { method: 'POST', body: JSON.stringify(rpc), headers: { 'content-type': 'application/json', 'a2a-version': '1.0' } });
    expect((await post()).status).toBe(200);
    await hub.clients.revoke('watch');
    expect((await post()).status).toBe(401);
  });

  it('opens a new conversation as its session in one statement, and a later message in it goes on in the same session', async () => {
    const client = await clientFor('amy');
    const query = vi.spyOn(hub.store, 'query');
    try {
      const first = asTask(await client.sendMessage(send([text('晨光咖啡北京有哪些门店？')])));
      expect(first.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      const statements = query.mock.calls.map(([sql]) => sql);
      expect(statements.filter((sql) => /a2a_contexts/.test(sql))).toEqual([]);
      expect(statements.filter((sql) => /\bsessions\b/.test(sql))).toHaveLength(2); // opened with its first turn's read; the turn saved
      // The context the hub named is the session: the user's request, the turn's events and its task are there.
      const [session] = await hub.store.query<{ user_id: string; entrance: string; task_state: string }>(`SELECT user_id, entrance, state->>'taskState' AS task_state FROM sessions WHERE id = $1`, [first.contextId]);
      expect(session).toEqual({ user_id: 'phone:amy', entrance: expect.stringMatching(/^a2a:/), task_state: 'completed' });
      const events = await hub.orchestrator.events(first.contextId);
      expect(events.find((e) => e.type === 'message' && e.role === 'user')).toMatchObject({ text: '晨光咖啡北京有哪些门店？' });
      expect(await hub.store.query('SELECT state FROM tasks WHERE session_id = $1', [first.contextId])).toEqual([{ state: 'completed' }]);
      const next = asTask(await client.sendMessage(send([text('晨光咖啡有什么喝的？')], { id: '', contextId: first.contextId })));
      expect(next).toMatchObject({ contextId: first.contextId, status: { state: TaskState.TASK_STATE_COMPLETED } });
      expect(next.id).not.toBe(first.id);
      expect((await hub.orchestrator.events(first.contextId)).filter((e) => e.type === 'message' && e.role === 'user').map((e) => e.type === 'message' && e.text)).toEqual(['晨光咖啡北京有哪些门店？', '晨光咖啡有什么喝的？']);
      expect(await hub.store.query('SELECT 1 FROM a2a_contexts WHERE id = $1', [first.contextId])).toEqual([]);
    } finally {
      query.mockRestore();
    }
  });

  it('stores a new task in the statement that saves the turn answering it: the task a client reads back is the one it was answered', async () => {
    const client = await clientFor('amy');
    // (a first turn reads what is then kept — the mini-program's grants, status and storage — so the
    // count below is of a turn's own statements, whichever tests ran before)
    await client.sendMessage(send([text('晨光咖啡北京有哪些门店？')]));
    const query = vi.spyOn(hub.store, 'query');
    // What time may add on a slow machine is left out: a passing state written behind (200 ms), the client key's check (5 s).
    const turnStatements = () => query.mock.calls.filter(([sql, params]) => !/agent_clients/.test(sql)
      && !(sql.trimStart().startsWith('INSERT INTO a2a_tasks') && params?.[3] !== TaskState.TASK_STATE_COMPLETED)).map(([sql]) => sql);
    try {
      const first = asTask(await client.sendMessage(send([text('晨光咖啡北京有哪些门店？')])));
      expect(first.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      const statements = turnStatements();
      expect(statements).toHaveLength(2); // the session opened with its turn's read; the turn saved with the A2A task
      expect(statements[1]).toMatch(/INSERT INTO session_events[\s\S]*INSERT INTO a2a_tasks/);
      const [row] = await hub.store.query<{ task: unknown; state: number }>('SELECT task, state FROM a2a_tasks WHERE id = $1', [first.id]);
      expect(row?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      expect(Task.fromJSON(row?.task)).toEqual(first);
      expect(await client.getTask({ tenant: '', id: first.id, historyLength: undefined })).toEqual(first);
      // A new task on a context that goes on is stored with its turn too.
      query.mockClear();
      const next = asTask(await client.sendMessage(send([text('晨光咖啡有什么喝的？')], { id: '', contextId: first.contextId })));
      expect(next.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
      expect(turnStatements()).toHaveLength(2);
      expect(Task.fromJSON((await hub.store.query<{ task: unknown }>('SELECT task FROM a2a_tasks WHERE id = $1', [next.id]))[0]?.task)).toEqual(next);
    } finally {
      query.mockRestore();
    }
  });

  it('answers a turn whose save fails with a failed task, and stores neither its events nor a completed task', async () => {
    const client = await clientFor('amy');
    const query = hub.store.query.bind(hub.store);
    const failing = vi.spyOn(hub.store, 'query').mockImplementation(((sql: string, params?: readonly unknown[]) =>
      (/INSERT INTO a2a_tasks/.test(sql) && /session_events/.test(sql) ? Promise.reject(new Error('the disk is full')) : query(sql, params))) as typeof hub.store.query);
    try {
      const failed = asTask(await client.sendMessage(send([text('晨光咖啡北京有哪些门店？')])));
      expect(failed.status?.state).toBe(TaskState.TASK_STATE_FAILED);
      expect(await hub.orchestrator.events(failed.contextId)).toEqual([]);
      const [row] = await hub.store.query<{ state: number }>('SELECT state FROM a2a_tasks WHERE id = $1', [failed.id]);
      expect(row?.state).toBe(TaskState.TASK_STATE_FAILED);
    } finally {
      failing.mockRestore();
    }
  });

  it('keeps a context the client named: its own row leads to one session, which a later message goes on in', async () => {
    const client = await clientFor('amy');
    const named = `amy-thread-${randomUUID()}`;
    const first = asTask(await client.sendMessage(send([text('晨光咖啡北京有哪些门店？')], { id: '', contextId: named })));
    expect(first).toMatchObject({ contextId: named, status: { state: TaskState.TASK_STATE_COMPLETED } });
    const rows = await hub.store.query<{ owner: string; session_id: string }>('SELECT owner, session_id FROM a2a_contexts WHERE id = $1', [named]);
    expect(rows).toEqual([{ owner: 'phone:amy', session_id: expect.stringMatching(/^ses_/) }]);
    const next = asTask(await client.sendMessage(send([text('晨光咖啡有什么喝的？')], { id: '', contextId: named })));
    expect(next).toMatchObject({ contextId: named, status: { state: TaskState.TASK_STATE_COMPLETED } });
    const said = (await hub.orchestrator.events(rows[0]?.session_id ?? '')).filter((e) => e.type === 'message' && e.role === 'user');
    expect(said).toHaveLength(2);
    const bo = await clientFor('bo');
    expect(asTask(await bo.sendMessage(send([text('晨光咖啡北京有哪些门店？')], { id: '', contextId: named }))).status?.state).toBe(TaskState.TASK_STATE_FAILED);
  });

  it('serves an A2A 0.3 client through the compatibility layer', async () => {
    const card = AgentCard.fromJSON(await (await fetch(`${server.url}/.well-known/agent-card.json`)).json());
    const legacyOnly = { ...card, supportedInterfaces: card.supportedInterfaces.filter((i) => i.protocolVersion === '0.3') };
    const factory = new ClientFactory(ClientFactoryOptions.createFrom(ClientFactoryOptions.default, {
      transports: [new JsonRpcTransportFactory({ fetchImpl: fetchAs('bo'), legacyCompat: { enabled: true } })],
    }));
    const client = await factory.createFromAgentCard(legacyOnly);
    const result = asTask(await client.sendMessage(send([text('晨光咖啡北京有哪些门店？')])));
    expect(result.status?.state).toBe(TaskState.TASK_STATE_COMPLETED);
    expect(JSON.stringify(result.artifacts)).toMatch(/国贸/);
  });
});
