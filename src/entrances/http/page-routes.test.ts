import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../hub/index.ts';
import type { Planner, SequencedEvent, TurnResult } from '../../orchestrator/index.ts';
import type { PageOutcome, PageState } from '../../runtime/index.ts';
import { tapTarget } from '../../../test/support/card-taps.ts';
import { testHub } from '../../../test/support/hub-fixture.ts';
import { httpApp } from './app.ts';

const PARCEL_DESK = fileURLToPath(new URL('../../../test/fixtures/packages/parcel-desk', import.meta.url));

/** A planner that quotes once from the user's words, then replies: the card and the handoff do the rest. */
const quoteOnce: Planner = {
  name: 'local',
  async next({ transcript }) {
    const last = transcript[transcript.length - 1];
    if (last?.role === 'user') return { type: 'call', toolId: 'parcel-desk.quoteParcel', arguments: { city: '成都', weightKg: 3 } };
    return { type: 'reply', text: '好的。', awaitUser: true };
  },
};

describe('cards and handoff pages through the HTTP API', () => {
  let hub: Hub;
  let app: ReturnType<typeof httpApp>;
  let token: string;
  beforeAll(async () => {
    hub = await testHub([PARCEL_DESK], { planner: quoteOnce });
    app = httpApp(hub);
    token = (await hub.accounts.issue('demo', 'api-token')).secret;
  }, 240_000);
  afterAll(() => hub.close());

  const send = async <T>(method: string, path: string, json?: unknown, as = token): Promise<{ status: number; body: T }> => {
    const headers = { authorization: `Bearer ${as}`, ...(json === undefined ? {} : { 'content-type': 'application/json' }) };
    const response = await app.request(path, { method, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
    return { status: response.status, body: (response.status === 204 ? undefined : await response.json()) as T };
  };
  const only = <K extends SequencedEvent['type']>(events: SequencedEvent[], type: K) => events.filter((e): e is Extract<SequencedEvent, { type: K }> => e.type === type);

  it('renders a card from on(Result), runs its tap\'s api/call, and opens the handoff page a person then drives', async () => {
    const { body: { sessionId } } = await send<{ sessionId: string }>('POST', '/api/sessions', { user: 'demo' });
    const asked = await send<TurnResult>('POST', `/api/sessions/${sessionId}/input`, { type: 'message', text: '寄一个3公斤的包裹到成都多少钱' });
    const [card] = only(asked.body.events, 'card');
    expect(card?.card.text).toContain('寄往 成都 · 3 公斤');
    expect(card?.card.relatedPage?.title).toBe('取件预约');

    const tapped = await send<TurnResult>('POST', `/api/sessions/${sessionId}/card-tap`, { seq: card?.seq, path: tapTarget(card?.card.tree ?? [], '经济') });
    expect(tapped.status).toBe(200);
    expect(only(tapped.body.events, 'message')[0]?.text).toBe('帮我预约经济 Economy上门取件');
    expect(only(tapped.body.events, 'tool-call')[0]).toMatchObject({ api: 'bookPickup', by: 'chain', arguments: { service: 'economy' } });
    const [handoff] = only(tapped.body.events, 'handoff');
    expect(handoff).toMatchObject({ appId: 'parcel-desk', path: '/pages/pickup/pickup', title: '取件预约', from: 'result', payload: { slot: '明天 09:00-11:00' } });
    // bookPickup expired the quote card: a second tap is refused, nothing runs
    const again = await send<{ error: { code: string; message: string } }>('POST', `/api/sessions/${sessionId}/card-tap`, { seq: card?.seq, path: tapTarget(card?.card.tree ?? [], '经济') });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('报价已失效');

    const opened = await send<PageOutcome & { pageSessionId: string }>('POST', `/api/sessions/${sessionId}/pages`, { seq: handoff?.seq });
    expect(opened.status).toBe(201);
    expect(opened.body.kind).toBe('ok');
    expect(opened.body.state.path).toBe('pages/pickup/pickup');
    expect(opened.body.state.data.from).toBe(`true /pages/pickup/pickup ${handoff?.query ?? '?'}`); // onAgentHandoff saw this page's id, path and query
    expect(opened.body.state.text).toContain('时段 明天 09:00-11:00');
    const pid = opened.body.pageSessionId;
    const pages = `/api/sessions/${sessionId}/pages/${pid}`;
    const pathOf = (state: PageState, label: string) => state.actions.find((a) => a.label.includes(label) || a.placeholder?.includes(label))?.path;

    const typed = await send<PageOutcome>('POST', `${pages}/actions`, { action: 'input', path: pathOf(opened.body.state, '门牌号'), value: '3-201' });
    const confirmed = await send<PageOutcome>('POST', `${pages}/actions`, { action: 'tap', path: pathOf(typed.body.state, '确认预约') });
    expect(confirmed.body.state.text).toContain('已确认：3-201');
    expect(confirmed.body.state.toasts).toEqual(['预约已确认']);
    const home = await send<PageOutcome>('POST', `${pages}/actions`, { action: 'tap', path: pathOf(confirmed.body.state, '回到寄件台') });
    expect(home.body.state.path).toBe('pages/home/home');
    const back = await send<PageOutcome>('POST', `${pages}/actions`, { action: 'back' });
    expect(back.body.state.path).toBe('pages/pickup/pickup');
    expect((await send<{ state: PageState }>('GET', pages)).body.state.text).toContain('已确认：3-201');

    // a page belongs to the conversation that opened it
    const { body: other } = await send<{ sessionId: string }>('POST', '/api/sessions', { user: 'demo' });
    expect((await send('GET', `/api/sessions/${other.sessionId}/pages/${pid}`)).status).toBe(404);
    expect((await send('POST', `/api/sessions/${sessionId}/pages`, { seq: card?.seq })).status).toBe(404); // a card is not a page
    expect((await send('POST', `${pages}/actions`, { action: 'fly' })).status).toBe(400);
    const bob = (await hub.accounts.issue('bob', 'api-token')).secret;
    expect((await send('GET', pages, undefined, bob)).status).toBe(404); // nor to anyone but its owner
    expect((await send('POST', `${pages}/actions`, { action: 'back' }, bob)).status).toBe(404);
    expect((await send('DELETE', pages)).status).toBe(204);
    expect((await send('GET', pages)).status).toBe(404);
  });
});
