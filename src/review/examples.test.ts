import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackage, renderProblem } from '../package/index.ts';
import { lintPackage, reviewPackage } from './index.ts';
import { sandboxReviewDeps } from './test-support.ts';

const FLOWER_SHOP = join(import.meta.dirname, '../../examples/flower-shop');

describe('examples/flower-shop', () => {
  it('loads, lints clean and passes its contract run in the sandbox', async () => {
    const loaded = await loadPackage(FLOWER_SHOP);
    if (!loaded.ok) throw new Error(loaded.error.map(renderProblem).join('\n'));
    const pkg = loaded.value;
    expect(pkg.appId).toBe('flower-shop');
    expect(pkg.skills.map((skill) => [skill.name, skill.apis.map((api) => api.name)])).toEqual([
      ['shop', ['searchBouquets', 'getBouquetDetail', 'listAddresses', 'placeOrder', 'onOrderPaid']],
      ['orders', ['listOrders', 'viewOrder', 'cancelOrder']],
    ]);
    expect(pkg.pages.map((page) => page.path)).toEqual(['pages/index/index', 'pages/detail/detail', 'pages/checkout/checkout']);
    expect(pkg.components.map((component) => component.path).sort()).toEqual([
      'components/bouquet-tile/bouquet-tile',
      'skills/shop/components/bouquet-list/index',
      'skills/shop/components/order-card/index',
    ]);
    expect(lintPackage(pkg).map(renderProblem)).toEqual([]);
    const report = await reviewPackage(pkg, sandboxReviewDeps());
    expect(report.problems.map(renderProblem)).toEqual([]);
    expect(report.contract.filter((result) => !result.pass)).toEqual([]);
    expect(report.contract.length).toBeGreaterThanOrEqual(14);
    expect(report.passed).toBe(true);
  });
});
