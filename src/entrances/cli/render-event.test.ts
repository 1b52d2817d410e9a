import { describe, expect, it } from 'vitest';
import type { CardView } from '../../orchestrator/index.ts';
import { renderEvent } from './render-event.ts';

const node = (path: string, extra: Partial<CardView['tree'][number]>): CardView['tree'][number] => ({ kind: 'view', tag: 'view', attrs: {}, classes: [], dataset: {}, events: {}, path, children: [], ...extra });

describe('the terminal rendering of the event feed', () => {
  it('shows a handoff as a page to open, in the user\'s language', () => {
    const handoff = { type: 'handoff', appId: 'a', version: 'v', path: '/pages/order/order', title: '订单详情', from: 'result' } as const;
    expect(renderEvent(handoff, { lang: 'zh' })).toBe('📄 打开「订单详情」');
    expect(renderEvent(handoff, { lang: 'en' })).toBe('📄 open 订单详情');
    expect(renderEvent({ ...handoff, title: undefined } as never, { lang: 'en' })).toBe('📄 open /pages/order/order');
  });

  it('lists what can be tapped on a card under it, by its seq and node path', () => {
    const tree = [node('0', { children: [node('0.0', { kind: 'text', tag: '#text', text: '报价' }), node('0.1', { events: { tap: 'onPick' }, children: [node('0.1.0', { kind: 'text', tag: '#text', text: '经济 ¥24' })] })] })];
    const card = { appId: 'a', api: 'q', componentPath: 'c', tree, text: '报价\n经济 ¥24', result: { isError: false, content: [] }, version: 'v' };
    const shown = renderEvent({ type: 'card', card, seq: 7 }) ?? '';
    expect(shown).toContain('│ 报价');
    expect(shown).toContain('↳ tap 7 0.1  经济 ¥24');
    expect(renderEvent({ type: 'card', card })).not.toContain('tap'); // no seq, nothing to tap by
  });
});
