import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackageFromFiles, type MiniProgramPackage } from '../package/index.ts';
import { storeVariants, type Store } from '../store/index.ts';
import { Catalog } from './catalog.ts';
import { LiveTools } from './live-tools.ts';

function tinyPackage(text: string): MiniProgramPackage {
  const loaded = loadPackageFromFiles({
    'app.json': JSON.stringify({ pages: ['pages/index/index'] }),
    'pages/index/index.wxml': `<text>${text}</text>`,
    'pages/index/index.js': 'Page({})',
  }, 'tiny');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

for (const variant of storeVariants()) {
  describe(`the catalog on ${variant.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let catalog: Catalog;
    beforeAll(async () => {
      ({ store, dispose } = await variant.open());
      catalog = new Catalog(store);
    });
    afterAll(() => dispose());

    it('keeps each content as one immutable version, named by its hash', async () => {
      const first = await catalog.install('tiny', tinyPackage('v1'));
      const again = await catalog.install('tiny', tinyPackage('v1'));
      const second = await catalog.install('tiny', tinyPackage('v2'));
      expect(first.created).toBe(true);
      expect(again).toMatchObject({ created: false, record: { version: first.record.version } });
      expect(second.record.version).not.toBe(first.record.version);
      expect(first.record.version).toBe(first.record.hash.slice(0, 12));
    });

    it('runs only approved versions, and the latest approved is live', async () => {
      await expect(catalog.package('tiny')).rejects.toThrow(/has no approved version/);
      const [v2, v1] = await catalog.list('tiny');
      await catalog.decide('tiny', v1!.version, 'approve', '', 'ops');
      expect((await catalog.package('tiny')).version).toBe(v1!.version);
      await expect(catalog.package('tiny', v2!.version)).rejects.toThrow(/is pending, not approved/);
      await catalog.decide('tiny', undefined, 'approve', 'looks good', 'ops');
      expect(await catalog.live()).toEqual([{ appId: 'tiny', version: v2!.version }]);
    });

    it('refuses a rejection without a reason and records every decision', async () => {
      const { record } = await catalog.install('tiny', tinyPackage('v3'));
      await expect(catalog.decide('tiny', record.version, 'reject', ' ', 'ops')).rejects.toThrow(/needs a reason/);
      await catalog.decide('tiny', record.version, 'reject', 'the card shows no price', 'ops');
      const decisions = await catalog.decisions('tiny');
      expect(decisions.map((d) => d.decision)).toEqual(['approve', 'approve', 'reject']);
      expect(decisions[2]?.reason).toBe('the card shows no price');
      await expect(catalog.decide('tiny', undefined, 'approve', '', 'ops')).rejects.toThrow(/no version waiting for review/);
    });

    it('moves the catalog stamp with what is live, so another process\'s live tools see a decision at their next reading', async () => {
      const here = new LiveTools(new Catalog(store));
      const there = new LiveTools(new Catalog(store));
      await here.refresh();
      await there.refresh();
      const { record } = await catalog.install('stamped', tinyPackage('s1'));
      const pending = await catalog.stamp();
      await catalog.decide('stamped', record.version, 'approve', '', 'ops');
      const approved = await catalog.stamp();
      expect(approved).not.toBe(pending);
      await there.refresh(approved);
      expect(there.app('stamped')?.version).toBe(record.version);
      await catalog.setAutomaticMode('stamped', true);
      expect(await catalog.stamp()).not.toBe(approved);
      await catalog.decide('stamped', record.version, 'reject', 'withdrawn', 'ops');
      // A stamp that has not moved since the last reading reads nothing; a moved one reads the change.
      await there.refresh(approved);
      expect(there.app('stamped')).toBeDefined();
      await there.refresh();
      expect(there.app('stamped')).toBeUndefined();
      await here.refresh();
      expect(here.app('stamped')).toBeUndefined();
    });

    it('reads a running version\'s status once where this process alone writes the store, and a decision on any catalog of it shows at once', async () => {
      let statements = 0;
      const counted = Object.assign(Object.create(store) as Store, {
        query: (text: string, params?: readonly unknown[]) => (statements++, store.query(text, params)),
        transaction: store.transaction.bind(store),
      });
      const running = new Catalog(counted);
      const deciding = new Catalog(counted);
      const { record } = await deciding.install('kept', tinyPackage('k1'));
      await deciding.decide('kept', record.version, 'approve', '', 'ops');
      await running.package('kept', record.version);
      await running.package('kept', record.version);
      const before = statements;
      await running.package('kept', record.version);
      expect(statements - before).toBe(store.exclusive ? 0 : 1);
      await deciding.decide('kept', record.version, 'reject', 'withdrawn', 'ops');
      await expect(running.package('kept', record.version)).rejects.toMatchObject({ code: 'NOT_APPROVED' });
    });

    it('names a bad id and says how to fix it', async () => {
      await expect(catalog.install('../etc', tinyPackage('x'))).rejects.toThrow(/not a valid mini-program id/);
    });
  });
}
