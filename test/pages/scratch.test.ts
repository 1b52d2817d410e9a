import { it } from 'vitest';
import { testHub } from '../support/hub-fixture.ts';

it('explore', async () => {
  const t0 = Date.now();
  const hub = await testHub(['ecosystem/packages/takeaway']);
  console.log('hub', Date.now() - t0);
  const apps = await hub.catalog.list?.();
  const s = hub.runtime.openPages({ appId: 'takeaway', userId: 'demo' });
  let o = await s.open();
  console.log(o.kind, (o as any).error, Date.now() - t0);
  console.log(o.state.text);
  console.log(o.state.actions.slice(0, 12));
}, 60000);
