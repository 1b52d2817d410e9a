import type { CallIdentity, ConsentScope, OrderDraft, OrderView, PlatformServices } from './types.ts';

/** The synthetic person a contract run acts for: every scope answers, no real data is read. */
export const REVIEW_PROFILE: Record<ConsentScope, unknown> = {
  'scope.address': { addresses: [{ id: 'home', label: '家', contact: '审核员', phone: '13000000000', city: '北京', text: '北京市东城区测试路1号' }] },
  'scope.phoneNumber': { phoneNumber: '13000000000' },
  'scope.realname': { name: '审核员', idNumber: '110101199001010000' },
  'scope.passengers': { passengers: [{ id: 'p1', name: '审核员', relation: 'self', idNumber: '110101199001010000', phone: '13000000000' }] },
  'scope.userLocation': { city: '北京', latitude: 39.9, longitude: 116.4 },
};

/** The user data scratch services hand out: one answer per scope, or one per scope and caller. */
export type ScratchUserData = Partial<Record<ConsentScope, unknown>> | ((scope: ConsentScope, call: CallIdentity) => unknown);

/** How scratch services differ from a contract run's (the defaults): for tests that read refunds back. */
export interface ScratchOptions {
  /** How order ids begin (`review_1`, `review_2`, …). */
  orderIdPrefix?: string;
  /** Keep each refund on its order (refunded total to the fen, status) as a real ledger does; off for contract runs. */
  bookRefunds?: boolean;
}

/** Scratch services with what they kept, for a test to read: orders, scopes read, refunds asked for. */
export type ScratchServices = PlatformServices & {
  orders: (OrderDraft & OrderView)[];
  reads: string[];
  /** Every refund asked for, in order, as the mini-program asked for it. */
  refunds: { orderId: string; amount?: number; reason?: string }[];
};

/**
 * Platform services for review's contract runs and sandbox tests: orders live in memory and
 * are never charged, user data is the synthetic reviewer's. Nothing touches the ledger.
 */
export function scratchServices(userData: ScratchUserData = REVIEW_PROFILE, options: ScratchOptions = {}): ScratchServices {
  const { orderIdPrefix = 'review_', bookRefunds = false } = options;
  const orders: (OrderDraft & OrderView)[] = [];
  const reads: string[] = [];
  const refunds: ScratchServices['refunds'] = [];
  return {
    orders, reads, refunds,
    async createOrder(_call, draft) {
      const view: OrderView = { orderId: `${orderIdPrefix}${orders.length + 1}`, status: 'created', amount: draft.amount, refunded: 0 };
      orders.push({ ...draft, ...view });
      return view;
    },
    async getOrder(_call, orderId) {
      const o = orders.find((x) => x.orderId === orderId);
      return o && { orderId: o.orderId, status: o.status, amount: o.amount, refunded: o.refunded };
    },
    async refundOrder(_call, request) {
      refunds.push(request);
      const { orderId, amount } = request;
      const o = orders.find((x) => x.orderId === orderId);
      if (!o) throw new Error('refundOrder:fail no such order');
      if (!bookRefunds) return { refundId: `rf_${orderId}`, amount: amount ?? o.amount };
      o.refunded = Math.round((o.refunded + (amount ?? o.amount)) * 100) / 100;
      o.status = o.refunded >= o.amount ? 'refunded' : 'partially_refunded';
      return { refundId: `rf_${orderId}_${o.refunded}`, amount: amount ?? o.amount };
    },
    async cancelOrder(_call, orderId) {
      const o = orders.find((x) => x.orderId === orderId);
      if (o?.status === 'created') o.status = 'canceled';
    },
    async readUserData(call, scope) {
      reads.push(scope);
      return typeof userData === 'function' ? userData(scope, call) : userData[scope];
    },
  };
}
