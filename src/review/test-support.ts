import { noStore } from '../store/index.ts';
import type { MiniProgramPackage } from '../package/index.ts';
import { ReviewSandbox, Runtime, type ApiEnvelope, type PlatformServices } from '../runtime/index.ts';
import type { ReviewDeps } from './types.ts';

/** Review runs on scratch storage and must never touch the database. */
const refusing = noStore('review must not use the store');

/** Orders kept in memory, enough for contract runs of ordering APIs. */
function memoryServices(): PlatformServices {
  let next = 0;
  const orders = new Map<string, { orderId: string; status: 'created'; amount: number; refunded: number }>();
  return {
    async createOrder(_call, draft) {
      const view = { orderId: `ord_${++next}`, status: 'created' as const, amount: draft.amount, refunded: 0 };
      orders.set(view.orderId, view);
      return view;
    },
    async getOrder(_call, orderId) {
      return orders.get(orderId);
    },
    async refundOrder(_call, request) {
      return { refundId: `rf_${request.orderId}`, amount: request.amount ?? 0 };
    },
    async cancelOrder(_call, orderId) {
      orders.delete(orderId);
    },
    async readUserData(_call, scope) {
      // a reviewer with an empty profile, like the hub's review user
      if (scope === 'scope.address') return { addresses: [] };
      if (scope === 'scope.passengers') return { passengers: [] };
      throw new Error(`${scope}: the review user has no such data`);
    },
  };
}

/** The real sandbox runtime wired as review's dependencies, for tests of review itself. */
export function sandboxReviewDeps(): ReviewDeps {
  const runtime = new Runtime({
    store: refusing,
    services: memoryServices(),
    resolve: () => Promise.reject(new Error('review resolves no installed package')),
    limits: { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 5_000 },
  });
  return {
    inspectSkills: (pkg) => runtime.inspectSkills(pkg),
    runExample: (pkg, skill, api, example) => runtime.runExample(pkg, skill, api, example),
  };
}

/** Review's dependencies on a sandbox of the package's own, cards and pages included (as install wires them). */
export function packageReviewDeps(pkg: MiniProgramPackage): { deps: ReviewDeps; dispose(): void } {
  const sandbox = new ReviewSandbox(pkg, { memoryLimitBytes: 64 * 1024 * 1024, timeLimitMs: 5_000 });
  return {
    deps: {
      inspectSkills: () => sandbox.inspectSkills(),
      runExample: (_pkg, skill, api, example) => sandbox.runExample(skill, api, example),
      renderCard: (_pkg, path, result) => sandbox.renderCard(path, result as ApiEnvelope),
      openPage: (_pkg, path) => sandbox.openPage(path),
    },
    dispose: () => sandbox.dispose(),
  };
}
