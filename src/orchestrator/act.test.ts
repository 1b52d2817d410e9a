import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tool } from '../catalog/index.ts';
import { AgentOsError, hashValue } from '../core/index.ts';
import type { UserProfile } from '../memory/index.ts';
import { RESUME } from '../remote/index.ts';
import type { ApiEnvelope, CallOutcome, CallRequest } from '../runtime/index.ts';
import { log } from '../core/index.ts';
import type { OrchestratorDeps } from './deps.ts';
import type { HubEvent } from './events.ts';
import { emptyState, type HeldCall } from './session-state.ts';
import { Turn } from './turn.ts';

// The runtime is stubbed at callTool (its own suites run real sandboxes): here, what act() asks of it and does with its answer.
const callTool = vi.fn(async (_deps: unknown, _tool: Tool, _request: CallRequest): Promise<CallOutcome> => result());
vi.mock('./operate-derived.ts', () => ({ callTool: (...args: [unknown, Tool, CallRequest]) => callTool(...args) }));
const { act, CHAIN_LIMIT } = await import('./act.ts');

function result(envelope: Partial<ApiEnvelope> = {}, extra: Partial<Extract<CallOutcome, { kind: 'result' }>> = {}): CallOutcome {
  return { kind: 'result', appId: 'wx_shop', version: '1.0.0', skill: 'order', api: 'x', envelope: { isError: false, content: [{ type: 'text', text: 'ok' }], ...envelope }, orders: [], scopesRead: [], durationMs: 1, ...extra };
}

const tool = (api: string, extra: Partial<Tool> = {}): Tool => ({
  id: `wx_shop.${api}`, appId: 'wx_shop', appName: 'Shop', version: '1.0.0', skill: 'order', api, description: `${api} things. More words.`,
  inputSchema: { type: 'object', properties: { orderId: { type: 'string' }, note: { type: 'string' } } }, siblings: [], ...extra,
});
const tools: Tool[] = [
  tool('listOrders', { annotations: { readOnlyHint: true } }),
  tool('getOrder', { annotations: { readOnlyHint: true }, componentPath: 'components/order/order' }),
  tool('cancelOrder', { annotations: { destructiveHint: true }, inputSchema: { type: 'object', properties: { orderId: { type: 'string' } }, required: ['orderId'] } }),
  tool('buy'),
  tool('paid'),
  tool('next'),
  tool('helpOnly', { skill: 'help' }),
  tool('search', { remote: 'a2a', id: 'remote.search', appId: 'remote' }),
  { ...tool('lookup'), id: 'wx_other.lookup', appId: 'wx_other', appName: 'Other' },
];

function fakeDeps(overrides: Partial<Record<'remote', unknown>> = {}) {
  let issued = 0;
  const trust = {
    getGrants: vi.fn(async (_userId: string, _appId: string) => ({ 'scope.address': 'granted' as const })),
    create: vi.fn(async (input: Record<string, unknown>) => ({
      ...input, id: `cf${++issued}`, token: `tok${issued}`, status: 'pending', argsHash: input.argsHash, createdAt: new Date(0), expiresAt: new Date(600_000),
    })),
  };
  const pay = {
    getOrder: vi.fn(async (orderId: string) => (orderId === 'gone' ? undefined : { orderId, amountFen: 1250, title: 'Tea', lines: [{ name: 'tea', qty: 2, unitPriceFen: 625, options: { size: 'L' } }, { name: 'cup', qty: 1, unitPriceFen: 0 }] })),
  };
  const runtime = { renderCard: vi.fn(async (_request: Record<string, unknown>): Promise<Record<string, unknown>> => ({ tree: [], text: 'card text' })) };
  const deps = {
    tools: { tool: (id: string) => tools.find((t) => t.id === id), toolsOf: (appId: string) => tools.filter((t) => t.appId === appId) },
    trust, pay, runtime, ...overrides,
  } as unknown as OrchestratorDeps;
  return { deps, trust, pay, runtime };
}

function newTurn(lang: 'zh' | 'en' = 'en') {
  const user: UserProfile = { id: 'alice', name: 'Alice', lang, addresses: [], passengers: [], preferences: {} };
  const saves = vi.fn(async () => []);
  const turn = new Turn({ id: 's1', userId: 'alice', entrance: 'web', state: emptyState() }, user, 'web', undefined, saves);
  return { turn, saves };
}

const by = (toolId: string, args: Record<string, unknown> = {}, who: HeldCall['by'] = 'planner'): HeldCall => ({ toolId, arguments: args, by: who });
const events = <T extends HubEvent['type']>(turn: Turn, type: T) => turn.events.filter((e): e is Extract<HubEvent, { type: T }> => e.type === type);
const results = (turn: Turn) => turn.state.transcript.filter((t) => t.role === 'tool-result');

beforeEach(() => {
  callTool.mockReset();
  callTool.mockImplementation(async () => result());
});

describe('a call that may not run', () => {
  it('a tool that is not live runs nothing, and the planner is told', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    expect(await act(deps, turn, by('wx_shop.gone'))).toBe('continue');
    expect(callTool).not.toHaveBeenCalled();
    expect(turn.state.transcript).toEqual([{ role: 'hub', text: expect.stringContaining('wx_shop.gone') }]);
    expect(turn.events).toEqual([]);
  });

  it('an order’s payment callback is the hub’s alone: the planner and chains are refused, the hub is not', async () => {
    for (const who of ['planner', 'chain'] as const) {
      const { deps } = fakeDeps();
      const { turn } = newTurn();
      turn.state.hubOnly = ['wx_shop.paid'];
      expect(await act(deps, turn, by('wx_shop.paid', { orderId: 'o1', status: 'paid' }, who))).toBe('continue');
      expect(callTool).not.toHaveBeenCalled();
      expect(events(turn, 'error')).toEqual([{ type: 'error', code: 'HUB_ONLY', message: expect.stringContaining('paid') }]);
      expect(results(turn)).toEqual([expect.objectContaining({ isError: true, by: 'hub' })]);
    }
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    turn.state.hubOnly = ['wx_shop.paid'];
    await act(deps, turn, by('wx_shop.paid', { orderId: 'o1', status: 'paid' }, 'hub'));
    expect(callTool).toHaveBeenCalledTimes(1);
  });

  it('an ID the planner invented runs nothing', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    expect(await act(deps, turn, by('wx_shop.listOrders', { orderId: 'o_invented' }))).toBe('continue');
    expect(callTool).not.toHaveBeenCalled();
    expect(events(turn, 'error')).toEqual([{ type: 'error', code: 'ID_REFUSED', message: expect.stringContaining('o_invented') }]);
    expect(turn.state.transcript.map((t) => t.role)).toEqual(['tool-call', 'tool-result']);
    expect(results(turn)[0]).toMatchObject({ isError: true, by: 'hub', toolId: 'wx_shop.listOrders' });
  });

  it('an ID an earlier result showed runs', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    turn.state.knownIds = ['o_known'];
    await act(deps, turn, by('wx_shop.listOrders', { orderId: 'o_known' }));
    expect(callTool).toHaveBeenCalledTimes(1);
  });

  it('a value only another mini-program returned is not carried into this one', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    turn.state.transcript.push({ role: 'tool-result', callId: 'c0', toolId: 'wx_other.lookup', isError: false, content: 'phone 13912345678' });
    expect(await act(deps, turn, by('wx_shop.buy', { note: '13912345678' }))).toBe('continue');
    expect(callTool).not.toHaveBeenCalled();
    expect(events(turn, 'error')[0]).toMatchObject({ code: 'ID_REFUSED' });
  });

  it('the hub’s own calls skip the guard (it checked the call when it was held)', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    await act(deps, turn, by('wx_shop.listOrders', { orderId: 'o_invented' }, 'hub'));
    expect(callTool).toHaveBeenCalledTimes(1);
  });
});

describe('a call that commits the user', () => {
  it('waits for the user’s own yes, bound to these exact arguments, and runs nothing', async () => {
    const { deps, trust } = fakeDeps();
    const { turn } = newTurn();
    turn.state.knownIds = ['o1'];
    const call = by('wx_shop.cancelOrder', { orderId: 'o1' });
    expect(await act(deps, turn, call)).toBe('paused');
    expect(callTool).not.toHaveBeenCalled();
    const argsHash = hashValue({ toolId: 'wx_shop.cancelOrder', arguments: { orderId: 'o1' } });
    expect(trust.create).toHaveBeenCalledWith({
      userId: 'alice', sessionId: 's1', kind: 'action', appId: 'wx_shop', argsHash,
      summary: { title: 'cancelOrder', merchantName: 'Shop', payee: 'Shop', description: 'Shop: cancelOrder things {"orderId":"o1"}' },
    });
    expect(turn.tokens).toEqual({ cf1: 'tok1' });
    expect(turn.state.pending).toEqual([{ kind: 'confirmation', confirmationId: 'cf1', confirmKind: 'action', appId: 'wx_shop', argsHash, call }]);
    expect(events(turn, 'confirmation-request')).toHaveLength(1);
    expect(JSON.stringify(turn.events)).not.toContain('tok1'); // the token goes to the entrance only
    expect(turn.state.transcript.at(-1)).toEqual({ role: 'hub', text: expect.stringContaining('cancelOrder') }); // the planner knows what waits
  });

  it('saves the user’s request before holding it, so a restart cannot lose it', async () => {
    const { deps } = fakeDeps();
    const { turn, saves } = newTurn();
    turn.state.knownIds = ['o1'];
    turn.holdRequest();
    await act(deps, turn, by('wx_shop.cancelOrder', { orderId: 'o1' }));
    expect(saves).toHaveBeenCalledTimes(1);
  });

  it('a read-only call does not wait for the request to be saved', async () => {
    const { deps } = fakeDeps();
    const { turn, saves } = newTurn();
    turn.holdRequest();
    await act(deps, turn, by('wx_shop.listOrders'));
    expect(saves).not.toHaveBeenCalled();
  });

  it('refuses arguments that miss the schema instead of asking the user to confirm them', async () => {
    const { deps, trust } = fakeDeps();
    const { turn } = newTurn();
    expect(await act(deps, turn, by('wx_shop.cancelOrder', {}))).toBe('continue');
    expect(trust.create).not.toHaveBeenCalled();
    expect(callTool).not.toHaveBeenCalled();
    expect(results(turn)).toEqual([expect.objectContaining({ isError: true, content: expect.stringContaining('orderId') })]);
    expect(events(turn, 'error')).toEqual([]); // the planner fixes its arguments; the entrance shows no failure
  });

  it('runs once confirmed', async () => {
    const { deps, trust } = fakeDeps();
    const { turn } = newTurn();
    turn.state.knownIds = ['o1'];
    expect(await act(deps, turn, by('wx_shop.cancelOrder', { orderId: 'o1' }, 'hub'), { confirmed: true })).toBe('continue');
    expect(trust.create).not.toHaveBeenCalled();
    expect(callTool).toHaveBeenCalledTimes(1);
  });
});

describe('a call that runs', () => {
  it('asks the runtime for this user, session, language and the grants read once per turn', async () => {
    const { deps, trust } = fakeDeps();
    const { turn } = newTurn('en');
    await act(deps, turn, by('wx_shop.listOrders', { note: 'x' }));
    await act(deps, turn, by('wx_shop.listOrders'), { mode: 'system' });
    expect(callTool.mock.calls[0]![2]).toEqual({ appId: 'wx_shop', version: '1.0.0', api: 'listOrders', arguments: { note: 'x' }, userId: 'alice', sessionId: 's1', grants: { 'scope.address': 'granted' }, locale: 'en', mode: 'api', cardWithOrders: true });
    expect(callTool.mock.calls[1]![2]).toMatchObject({ mode: 'system' });
    expect(trust.getGrants).toHaveBeenCalledTimes(1);
    expect(trust.getGrants).toHaveBeenCalledWith('alice', 'wx_shop');
    await act(deps, newTurn('zh').turn, by('wx_shop.listOrders'));
    expect(callTool.mock.calls[2]![2]).toMatchObject({ locale: 'zh_CN' });
  });

  it('records the call and its result for the planner, without _meta, and learns the IDs it showed', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ content: [{ type: 'text', text: 'two' }, { type: 'text', text: 'orders' }], structuredContent: { orders: [{ orderId: 'o7' }] }, _meta: { secret: 'm' } }, { scopesRead: ['scope.address'] }));
    expect(await act(deps, turn, by('wx_shop.listOrders', { note: 'n' }))).toBe('continue');
    expect(turn.state.transcript).toEqual([
      { role: 'tool-call', callId: 'c1', toolId: 'wx_shop.listOrders', arguments: { note: 'n' } },
      { role: 'tool-result', callId: 'c1', toolId: 'wx_shop.listOrders', isError: false, content: 'two\norders', structuredContent: { orders: [{ orderId: 'o7' }] } },
    ]);
    expect(turn.state.knownIds).toContain('o7');
    expect(turn.events).toEqual([
      { type: 'tool-call', appId: 'wx_shop', api: 'listOrders', arguments: { note: 'n' }, by: 'planner' },
      { type: 'tool-result', appId: 'wx_shop', api: 'listOrders', isError: false, content: 'two\norders', structuredContent: { orders: [{ orderId: 'o7' }] }, scopesRead: ['scope.address'] },
    ]);
    expect(JSON.stringify(turn.state)).not.toContain('secret');
  });

  it('keeps the answer to a notice of a canceled order from the planner, and still shows it as an event', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ content: [{ type: 'text', text: '已支付，预订成功' }], structuredContent: { orderId: 'o9' } }));
    expect(await act(deps, turn, { ...by('wx_shop.listOrders', { orderId: 'o9', status: 'canceled' }), by: 'hub' }, { mode: 'system', booksOnly: true })).toBe('continue');
    expect(turn.state.transcript).toEqual([
      { role: 'tool-call', callId: 'c1', toolId: 'wx_shop.listOrders', arguments: { orderId: 'o9', status: 'canceled' } },
      { role: 'hub', text: expect.stringContaining('not news for the user') },
    ]);
    expect(JSON.stringify(turn.state.transcript)).not.toContain('预订成功');
    expect(events(turn, 'tool-result')).toEqual([expect.objectContaining({ content: '已支付，预订成功' })]);
    expect(turn.state.knownIds).toContain('o9');
  });

  it('learns no IDs from a failed result, and shows no scopes or structure it did not have', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ isError: true, structuredContent: { orderId: 'o8' } }));
    await act(deps, turn, by('wx_shop.listOrders'));
    expect(turn.state.knownIds).toEqual([]);
    callTool.mockResolvedValueOnce(result());
    await act(deps, turn, by('wx_shop.listOrders'));
    expect(events(turn, 'tool-result')[1]).toEqual({ type: 'tool-result', appId: 'wx_shop', api: 'listOrders', isError: false, content: 'ok' });
    expect(results(turn)[1]).not.toHaveProperty('structuredContent');
    expect(turn.state.transcript.map((t) => (t as { callId?: string }).callId)).toEqual(['c1', 'c1', 'c2', 'c2']);
  });

  it('a call that throws becomes an error the planner can recover from', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockRejectedValueOnce(new AgentOsError('UNAVAILABLE', 'sandbox down'));
    expect(await act(deps, turn, by('wx_shop.listOrders'))).toBe('continue');
    expect(results(turn)).toEqual([{ role: 'tool-result', callId: 'c1', toolId: 'wx_shop.listOrders', isError: true, content: 'sandbox down', by: 'hub' }]);
    expect(events(turn, 'error')).toEqual([{ type: 'error', code: 'UNAVAILABLE', message: 'sandbox down' }]);
  });

  it('a call that needs the user’s consent pauses, holding the call until the user decides', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce({ kind: 'consent-required', appId: 'wx_shop', api: 'buy', scope: 'scope.address' });
    const call = by('wx_shop.buy', { note: 'n' });
    expect(await act(deps, turn, call)).toBe('paused');
    expect(turn.state.pending).toEqual([{ kind: 'consent', appId: 'wx_shop', scope: 'scope.address', call }]);
    expect(events(turn, 'consent-request')).toEqual([{ type: 'consent-request', appId: 'wx_shop', appName: 'Shop', scope: 'scope.address', description: expect.any(String) }]);
    expect(results(turn)).toEqual([]);
    expect(turn.state.transcript.at(-1)).toEqual({ role: 'hub', text: expect.stringContaining('scope.address') });
  });

  it('expires the cards the result asked to', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({}, { expiredCards: [{ api: 'getOrder' }] }));
    await act(deps, turn, by('wx_shop.listOrders'));
    expect(events(turn, 'cards-expire')).toEqual([{ type: 'cards-expire', appId: 'wx_shop', filter: { api: 'getOrder' }, scope: 'all' }]);
  });

  it('opens the page a result hands off to', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ handoff: { path: '/pages/order/order', query: 'id=1' } }));
    await act(deps, turn, by('wx_shop.listOrders'));
    expect(events(turn, 'handoff')).toEqual([{ type: 'handoff', appId: 'wx_shop', version: '1.0.0', path: '/pages/order/order', query: 'id=1', from: 'result' }]);
  });
});

describe('the card of a result', () => {
  it('renders the API’s card for this user with the result and arguments', async () => {
    const { deps, runtime } = fakeDeps();
    const { turn } = newTurn();
    runtime.renderCard.mockResolvedValueOnce({ tree: [{ tag: 'view' }], text: 'Order o1', relatedPage: { path: '/p' }, expirePrevious: [{ api: 'getOrder' }] });
    await act(deps, turn, by('wx_shop.getOrder', { note: 'n' }));
    const envelope = { isError: false, content: [{ type: 'text', text: 'ok' }] };
    expect(runtime.renderCard).toHaveBeenCalledWith({ appId: 'wx_shop', version: '1.0.0', userId: 'alice', sessionId: 's1', componentPath: 'components/order/order', result: envelope, arguments: { note: 'n' } });
    expect(events(turn, 'card')).toEqual([{ type: 'card', card: { appId: 'wx_shop', api: 'getOrder', version: '1.0.0', componentPath: 'components/order/order', tree: [{ tag: 'view' }], text: 'Order o1', result: envelope, arguments: { note: 'n' }, relatedPage: { path: '/p' } } }]);
    expect(events(turn, 'cards-expire')).toEqual([{ type: 'cards-expire', appId: 'wx_shop', filter: { api: 'getOrder' }, scope: 'previous' }]);
  });

  it('shows no card for a failed result or an API without one', async () => {
    const { deps, runtime } = fakeDeps();
    callTool.mockResolvedValueOnce(result({ isError: true }));
    await act(deps, newTurn().turn, by('wx_shop.getOrder'));
    await act(deps, newTurn().turn, by('wx_shop.listOrders'));
    expect(runtime.renderCard).not.toHaveBeenCalled();
  });

  it('a card that fails to render costs only the card', async () => {
    const { deps, runtime } = fakeDeps();
    const { turn } = newTurn();
    runtime.renderCard.mockRejectedValueOnce(new Error('bad wxml'));
    expect(await act(deps, turn, by('wx_shop.getOrder'))).toBe('continue');
    expect(events(turn, 'card')).toEqual([]);
    expect(events(turn, 'tool-result')).toHaveLength(1);
    const plain = newTurn().turn;
    await act(deps, plain, by('wx_shop.getOrder'));
    expect(events(plain, 'card')[0]!.card).not.toHaveProperty('relatedPage');
    expect(events(plain, 'cards-expire')).toEqual([]);
  });

  it('tells the operator which card failed, and why', async () => {
    const { deps, runtime } = fakeDeps();
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    try {
      runtime.renderCard.mockRejectedValueOnce(new Error('bad wxml'));
      await act(deps, newTurn().turn, by('wx_shop.getOrder'));
      expect(warn).toHaveBeenCalledWith({ app: 'wx_shop', api: 'getOrder', error: 'Error: bad wxml' }, expect.any(String));
    } finally {
      warn.mockRestore();
    }
  });
});

describe('an order a call created', () => {
  it('becomes a payment card bound to the order and its amount; nothing is paid and the call’s chains wait', async () => {
    const { deps, trust } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ apiCalls: [{ name: 'next', arguments: {} }] }, { orders: [{ orderId: 'o1', status: 'created', amount: 12.5, refunded: 0, notifyApi: 'paid', skill: 'order' }] }));
    expect(await act(deps, turn, by('wx_shop.buy'))).toBe('paused');
    expect(trust.create).toHaveBeenCalledWith({
      userId: 'alice', sessionId: 's1', kind: 'payment', appId: 'wx_shop', orderId: 'o1', amountFen: 1250, argsHash: hashValue({ orderId: 'o1' }),
      summary: { title: 'Tea', merchantName: 'Shop', payee: 'Shop', lines: [{ name: 'tea', qty: 2, unitPriceFen: 625, options: { size: 'L' } }, { name: 'cup', qty: 1, unitPriceFen: 0 }] },
    });
    expect(turn.tokens).toEqual({ cf1: 'tok1' });
    expect(turn.state.hubOnly).toEqual(['wx_shop.paid']);
    expect(turn.state.pending).toEqual([{ kind: 'confirmation', confirmationId: 'cf1', confirmKind: 'payment', appId: 'wx_shop', orderId: 'o1', amountFen: 1250, notifyApi: 'paid', skill: 'order' }]);
    expect(events(turn, 'confirmation-request')).toEqual([{ type: 'confirmation-request', confirmation: expect.objectContaining({ confirmationId: 'cf1', amount: 12.5 }) }]);
    expect(turn.state.transcript.at(-1)).toEqual({ role: 'hub', text: expect.stringContaining('¥12.50') });
    expect(callTool).toHaveBeenCalledTimes(1); // the chained call waits for the user's decision
  });

  it('uses the card the hub wrote with the order when the call brings one for exactly that order, reading and writing nothing more', async () => {
    const { deps, trust, pay } = fakeDeps();
    const { turn } = newTurn();
    const card = { id: 'cfw', token: 'tokw', kind: 'payment', appId: 'wx_shop', orderId: 'o1', amountFen: 990, summary: { title: 'Tea', merchantName: 'Shop' }, status: 'pending', createdAt: new Date(0), expiresAt: new Date(600_000) };
    callTool.mockResolvedValueOnce(result({}, { orders: [{ orderId: 'o1', status: 'created', amount: 9.9, refunded: 0, skill: 'order', card }] }));
    expect(await act(deps, turn, by('wx_shop.buy'))).toBe('paused');
    expect(pay.getOrder).not.toHaveBeenCalled();
    expect(trust.create).not.toHaveBeenCalled();
    expect(turn.tokens).toEqual({ cfw: 'tokw' });
    expect(turn.state.pending).toEqual([{ kind: 'confirmation', confirmationId: 'cfw', confirmKind: 'payment', appId: 'wx_shop', orderId: 'o1', amountFen: 990, skill: 'order' }]);
    expect(events(turn, 'confirmation-request')).toEqual([{ type: 'confirmation-request', confirmation: expect.objectContaining({ confirmationId: 'cfw', amount: 9.9 }) }]);
  });

  it('never takes a card for another order, or one that is no payment card, as the order’s own: it writes the order’s card itself', async () => {
    for (const card of [{ id: 'x', token: 't', kind: 'payment', orderId: 'other', amountFen: 1 }, { id: 'x', token: 't', kind: 'action', orderId: 'o1', amountFen: 1 }, { id: 'x', kind: 'payment', orderId: 'o1', amountFen: 1 }, 'cfw']) {
      const { deps, trust } = fakeDeps();
      const { turn } = newTurn();
      callTool.mockResolvedValueOnce(result({}, { orders: [{ orderId: 'o1', status: 'created', amount: 12.5, refunded: 0, skill: 'order', card }] }));
      await act(deps, turn, by('wx_shop.buy'));
      expect(trust.create).toHaveBeenCalledTimes(1);
      expect(turn.tokens).toEqual({ cf1: 'tok1' });
    }
  });

  it('a session saved before hub-only callbacks were kept gets exactly the order’s callback', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    turn.state.hubOnly = undefined as unknown as string[];
    callTool.mockResolvedValueOnce(result({}, { orders: [{ orderId: 'o1', status: 'created', amount: 1, refunded: 0, notifyApi: 'paid', skill: 'order' }] }));
    await act(deps, turn, by('wx_shop.buy'));
    expect(turn.state.hubOnly).toEqual(['wx_shop.paid']);
  });

  it('an order with no callback makes no hub-only API; one that is gone makes no card', async () => {
    const { deps, trust } = fakeDeps();
    const { turn } = newTurn();
    turn.state.hubOnly = ['wx_shop.paid'];
    callTool.mockResolvedValueOnce(result({}, { orders: [{ orderId: 'o2', status: 'created', amount: 1, refunded: 0, skill: 'order' }, { orderId: 'gone', status: 'created', amount: 1, refunded: 0, skill: 'order' }] }));
    expect(await act(deps, turn, by('wx_shop.buy'))).toBe('paused');
    expect(trust.create).toHaveBeenCalledTimes(1);
    expect(turn.state.hubOnly).toEqual(['wx_shop.paid']);
    expect(turn.state.pending[0]).not.toHaveProperty('notifyApi');
    expect((trust.create.mock.calls[0]![0].summary as { lines: object[] }).lines[1]).not.toHaveProperty('options');
  });

  it('an order that is gone, alone, does not pause the turn', async () => {
    const { deps } = fakeDeps();
    callTool.mockResolvedValueOnce(result({}, { orders: [{ orderId: 'gone', status: 'created', amount: 1, refunded: 0, skill: 'order' }] }));
    expect(await act(deps, newTurn().turn, by('wx_shop.buy'))).toBe('continue');
  });

  it('a second order’s callback joins the first, once', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({}, { orders: [{ orderId: 'a', status: 'created', amount: 1, refunded: 0, notifyApi: 'paid', skill: 'order' }, { orderId: 'b', status: 'created', amount: 1, refunded: 0, notifyApi: 'paid', skill: 'order' }, { orderId: 'c', status: 'created', amount: 1, refunded: 0, notifyApi: 'next', skill: 'order' }] }));
    await act(deps, turn, by('wx_shop.buy'));
    expect(turn.state.hubOnly).toEqual(['wx_shop.paid', 'wx_shop.next']);
    expect(turn.state.pending).toHaveLength(3);
  });
});

describe('chained calls a result asks for', () => {
  it('runs the named API of the same skill, as a chain the guard checks', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ apiCalls: [{ name: 'next', arguments: { note: 'n' } }] }));
    expect(await act(deps, turn, by('wx_shop.buy'))).toBe('continue');
    expect(callTool.mock.calls.map((c) => c[1].id)).toEqual(['wx_shop.buy', 'wx_shop.next']);
    expect(events(turn, 'tool-call')[1]).toMatchObject({ api: 'next', by: 'chain', arguments: { note: 'n' } });
    expect(turn.chained).toBe(1);
  });

  it('never runs another skill’s API, nor an unknown one, nor anything after a failed result', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ apiCalls: [{ name: 'helpOnly', arguments: {} }, { name: 'nothing', arguments: {} }, { name: 'next', arguments: {} }] }));
    await act(deps, turn, by('wx_shop.buy'));
    expect(callTool.mock.calls.map((c) => c[1].id)).toEqual(['wx_shop.buy', 'wx_shop.next']);
    const notes = turn.state.transcript.filter((t) => t.role === 'hub').map((t) => (t as { text: string }).text);
    expect(notes).toEqual([expect.stringContaining('helpOnly'), expect.stringContaining('nothing')]); // the planner learns what was ignored
    callTool.mockResolvedValueOnce(result({ isError: true, apiCalls: [{ name: 'next', arguments: {} }] }));
    await act(deps, turn, by('wx_shop.buy'));
    expect(callTool).toHaveBeenCalledTimes(3);
  });

  it('stops at the turn’s chain limit, so a result that chains to itself ends', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockImplementation(async () => result({ apiCalls: [{ name: 'next', arguments: {} }] }));
    expect(await act(deps, turn, by('wx_shop.next'))).toBe('continue');
    expect(callTool).toHaveBeenCalledTimes(CHAIN_LIMIT + 1);
    expect(turn.chained).toBe(CHAIN_LIMIT);
    expect(turn.state.transcript.at(-1)).toEqual({ role: 'hub', text: expect.stringContaining(String(CHAIN_LIMIT)) });
  });

  it('a chained call that pauses pauses the turn, and the rest wait', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    callTool.mockResolvedValueOnce(result({ apiCalls: [{ name: 'next', arguments: {} }, { name: 'next', arguments: {} }] }));
    callTool.mockResolvedValueOnce({ kind: 'consent-required', appId: 'wx_shop', api: 'next', scope: 'scope.address' });
    expect(await act(deps, turn, by('wx_shop.buy'))).toBe('paused');
    expect(callTool).toHaveBeenCalledTimes(2);
  });
});

describe('a remote service’s tool', () => {
  it('records a remote result like any other', async () => {
    const remote = { call: vi.fn(async () => ({ kind: 'result', envelope: { isError: false, content: [{ type: 'text', text: 'found' }] } })) };
    const { deps } = fakeDeps({ remote });
    const { turn } = newTurn();
    expect(await act(deps, turn, by('remote.search', { q: 'tea' }))).toBe('continue');
    expect(remote.call).toHaveBeenCalledWith(tools.find((t) => t.id === 'remote.search'), { q: 'tea' }, { userId: 'alice', sessionId: 's1' });
    expect(callTool).not.toHaveBeenCalled();
    expect(results(turn)).toEqual([expect.objectContaining({ isError: false, content: 'found' })]);
    expect(events(turn, 'tool-result')[0]).not.toHaveProperty('scopesRead'); // a remote service reads no user data through the hub
  });

  it('when the remote agent waits for the user, only the user’s yes continues it', async () => {
    const remote = { call: vi.fn(async () => ({ kind: 'input-required', question: 'Book it?', resume: { task: 't1' } })) };
    const { deps, trust } = fakeDeps({ remote });
    const { turn } = newTurn();
    expect(await act(deps, turn, by('remote.search', { q: 'tea' }))).toBe('paused');
    expect(trust.create.mock.calls[0]![0]).toMatchObject({ kind: 'action', appId: 'remote', summary: { description: 'Book it?' } });
    expect(turn.state.pending[0]).toMatchObject({ call: { toolId: 'remote.search', arguments: { q: 'tea', [RESUME]: { task: 't1' } }, by: 'planner' } });
  });

  it('the planner cannot continue a remote task itself', async () => {
    const remote = { call: vi.fn() };
    const { deps } = fakeDeps({ remote });
    const { turn } = newTurn();
    expect(await act(deps, turn, by('remote.search', { [RESUME]: { task: 't1' } }))).toBe('continue');
    expect(remote.call).not.toHaveBeenCalled();
    expect(events(turn, 'error')[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect(results(turn)[0]).toMatchObject({ isError: true, by: 'hub', content: expect.stringContaining(RESUME) }); // the planner reads which argument
    await act(deps, turn, by('remote.search', { [RESUME]: { task: 't1' } }, 'hub'));
    expect(remote.call).toHaveBeenCalledTimes(1);
  });

  it('a hub without remote services refuses the call', async () => {
    const { deps } = fakeDeps();
    const { turn } = newTurn();
    expect(await act(deps, turn, by('remote.search'))).toBe('continue');
    expect(events(turn, 'error')[0]).toMatchObject({ code: 'UNAVAILABLE' });
    expect(results(turn)[0]).toMatchObject({ isError: true, content: expect.stringContaining('remote.search') });
  });
});
