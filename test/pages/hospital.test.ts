import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../src/hub/index.ts';
import { testHub } from '../support/hub-fixture.ts';
import { capturedOrders, PageDriver } from './page-driver.ts';

// 健康挂号 CareBook by hand: hospital department → day → doctor → slot → patient (read with
// consent) → pay the registration fee → appointment with its visit number.
describe('hospital pages (健康挂号)', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await testHub(['ecosystem/packages/hospital']);
  });
  afterAll(async () => hub.close());

  it('books dermatology with 王敏 at 仁和医院 next Monday morning and pays ¥20', async () => {
    const d = new PageDriver(hub, hub.runtime.openPages({ appId: 'hospital', userId: 'demo' }));
    await d.open();
    await d.tapWithin('北京仁和医院', '皮肤科');
    expect(d.state).toMatchObject({ path: 'pages/doctors/doctors', query: { department: 'dermatology' } });
    expect(d.text).toContain('北京仁和医院 · 皮肤科');
    await d.tap('11-23（周一）');
    expect(d.text).toContain('王敏');
    await d.tap('王敏');
    expect(d.state.path).toBe('pages/doctor/doctor');
    expect(d.text).toContain('¥20');
    const slot = d.find('挂号 Book', 0, ['tap'], '11-23');
    const asked = await d.session.tap(slot);
    expect(asked).toMatchObject({ kind: 'consent-required', scope: 'scope.passengers' });
    d.session.grant('scope.passengers');
    await d.tapAt(slot);
    expect(d.state.path).toBe('pages/book/book');
    expect(d.state.query).toMatchObject({ date: '2026-11-23', period: 'am' });
    expect(d.text).toContain('张伟（本人）');
    await d.tap('支付挂号费 Pay ¥20.00');
    await d.pay();
    expect(d.state.path).toBe('pages/result/result');
    expect(d.text).toContain('挂号成功，请按时就诊');
    expect(d.text).toMatch(/序号 No\. \d+/);
    const [order] = await capturedOrders(hub, 'hospital', 'demo');
    expect(order).toMatchObject({ amount: 20, lines: [{ ref: 'h1-dermatology-3', qty: 1, unitPrice: 20, options: { date: '2026-11-23', period: 'am', patient: 'p1' } }] });
    expect((await hub.pay.verify()).ok).toBe(true);
  });
});
