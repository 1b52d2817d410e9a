import { describe, expect, it } from 'vitest';
import { tapTarget } from '../../test/support/card-taps.ts';
import { usePackageRuntime } from '../../test/support/package-runtime.ts';
import { findNode } from './wxml/index.ts';
import type { ApiEnvelope, CallOutcome } from './types.ts';

const PARCEL_DESK = new URL('../../test/fixtures/packages/parcel-desk', import.meta.url).pathname;
const QUOTE_CARD = 'skills/ship/components/quote-card/index';

function envelopeOf(outcome: CallOutcome): ApiEnvelope & { expiredCards?: unknown[] } {
  if (outcome.kind !== 'result') throw new Error(`expected a result, got ${outcome.kind}`);
  if (outcome.envelope.isError) throw new Error(outcome.envelope.content.map((c) => c.text).join('\n'));
  return { ...outcome.envelope, ...(outcome.expiredCards ? { expiredCards: outcome.expiredCards } : {}) };
}

describe("WeChat's documented card and handoff surface (parcel-desk, written from WeChat's documentation)", () => {
  const fixture = usePackageRuntime(PARCEL_DESK);
  const quote = async (userId: string) => {
    const args = { city: '成都', weightKg: 2.4 };
    const result = envelopeOf(await fixture.runtime.call({ appId: 'parcel-desk', api: 'quoteParcel', arguments: args, userId, sessionId: 'ses_1' }));
    return { args, result, card: { appId: 'parcel-desk', userId, sessionId: 'ses_1', componentPath: QUOTE_CARD, result, arguments: args } };
  };

  it('mounts a card through getContext(this).on(Result) and Input, with getDimensions and setRelatedPage', async () => {
    const { card, result } = await quote('u-render');
    const rendered = await fixture.runtime.renderCard(card);
    expect(rendered.text).toContain('问 成都 · 寄往 成都 · 3 公斤 · 卡宽 375');
    expect(rendered.text).toContain('标快 Standard ¥36');
    expect(rendered.text).toContain('经济 Economy ¥24');
    expect(rendered.relatedPage).toEqual({ path: '/pages/pickup/pickup', query: `quoteId=${String(result.structuredContent?.quoteId)}`, title: '取件预约' });
  });

  it("turns a tap's sendFollowUpMessage with api/call into the user's follow-up, and reads updateModelContext and openDetailPage", async () => {
    const { card, result } = await quote('u-tap');
    const { tree } = await fixture.runtime.renderCard(card);
    const picked = await fixture.runtime.tapCard({ ...card, handler: 'onPick', event: { currentTarget: { dataset: findNode(tree, tapTarget(tree, '经济'))?.dataset } } });
    expect(picked.followUp).toEqual({ text: '帮我预约经济 Economy上门取件', call: { name: 'bookPickup', arguments: { quoteId: result.structuredContent?.quoteId, service: 'economy' } } });
    const cheapest = await fixture.runtime.tapCard({ ...card, handler: 'onCheapest', event: {} });
    expect(cheapest.followUp).toBeUndefined();
    expect(cheapest.contextUpdates).toEqual(['用户想要最便宜的服务：经济 Economy']);
    const detail = await fixture.runtime.tapCard({ ...card, handler: 'onDetail', event: {} });
    expect(detail.detailPage).toEqual({ path: '/pages/pickup/pickup', query: 'bookingId=none', title: '取件预约' });
  });

  it('defaults a handoff without path to the API\'s pagePath, and records expireAllCards and getSessionId', async () => {
    const { result } = await quote('u-book');
    const booked = envelopeOf(await fixture.runtime.call({ appId: 'parcel-desk', api: 'bookPickup', arguments: { quoteId: result.structuredContent?.quoteId, service: 'economy' }, userId: 'u-book', sessionId: 'ses_1' }));
    const bookingId = String(booked.structuredContent?.bookingId);
    expect(booked.handoff).toEqual({ path: '/pages/pickup/pickup', query: `bookingId=${bookingId}`, payload: { slot: '明天 09:00-11:00', service: 'economy' }, title: '取件预约' });
    expect(booked.structuredContent?.inConversation).toBe(true);
    expect(booked.expiredCards).toEqual([{ componentPaths: ['components/quote-card/index'] }]);
    const tracked = envelopeOf(await fixture.runtime.call({ appId: 'parcel-desk', api: 'trackBooking', arguments: { bookingId }, userId: 'u-book' }));
    expect(tracked.content[0]?.text).toContain('已受理'); // registered through the older wx.modelContext.registerAPI
  });

  it('mounts an expired card with Expire and refuses its taps', async () => {
    const { card } = await quote('u-expire');
    const expiredBy = [{ componentPaths: ['components/quote-card/index'] }];
    expect((await fixture.runtime.renderCard({ ...card, expiredBy })).text).toContain('报价已失效');
    const tapped = await fixture.runtime.tapCard({ ...card, expiredBy, handler: 'onCheapest', event: {} });
    expect(tapped.expired).toBe('报价已失效');
    expect(tapped.contextUpdates).toEqual([]);
    // a filter for other components does not reach it
    expect((await fixture.runtime.tapCard({ ...card, expiredBy: [{ componentPaths: ['components/other/index'] }], handler: 'onCheapest', event: {} })).expired).toBeUndefined();
  });

  it('opens the handoff page with onAgentHandoff seeing { pageId, path, query, payload } before onLoad', async () => {
    const page = fixture.runtime.openPages({ appId: 'parcel-desk', userId: 'u-page' });
    const opened = await page.open('/pages/pickup/pickup', 'bookingId=b_1', { handoff: { slot: '明天 09:00-11:00' } });
    expect(opened.kind).toBe('ok');
    expect(opened.state.data.from).toBe('true /pages/pickup/pickup bookingId=b_1');
    expect(opened.state.text).toContain('时段 明天 09:00-11:00');
    const plain = await page.open('/pages/pickup/pickup', 'bookingId=b_1');
    expect(plain.state.text).toContain('交接 none'); // opened by a person, not from a handoff
    page.close();
  });

  it('lets pages feature-detect: missing APIs read as undefined/false, device APIs answer with sane values', async () => {
    const page = fixture.runtime.openPages({ appId: 'parcel-desk', userId: 'u-home' });
    const opened = await page.open('pages/home/home');
    expect(opened.kind === 'error' ? opened.error : opened.kind).toBe('ok');
    expect(opened.state.text).toContain('寄件台 · AgentOS zh_CN');
    expect(opened.state.text).toContain('菜单按钮 32px');
    expect(opened.state.text).toContain('检测 undefined,false,false');
    page.close();
  });
});
