import type { ConsentScope, OrderDraft, OrderView, PlatformServices } from './types.ts';

/** The synthetic person a contract run acts for: every scope answers, no real data is read. */
export const REVIEW_PROFILE: Record<ConsentScope, unknown> = {
  'scope.address': { addresses: [{ id: 'home', label: '家', contact: '审核员', phone: '13000000000', city: '北京', text: '北京市东城区测试路1号' }] },
  'scope.phoneNumber': { phoneNumber: '13000000000' },
  'scope.realname': { name: '审核员', idNumber: '110101199001010000' },
  'scope.passengers': { passengers: [{ id: 'p1', name: '审核员', relation: 'self', idNumber: '110101199001010000', phone: '13000000000' }] },
  'scope.userLocation': { city: '北京', latitude: 39.9, longitude: 116.4 },
};

/**
 * Platform services for review's contract runs and sandbox tests: orders live in memory and
 * are never charged, user data is the synthetic reviewer's. Nothing touches the ledger.
 */
export function scratchServices(userData: Partial<Record<ConsentScope, unknown>> = REVIEW_PROFILE): PlatformServices & { orders: (OrderDraft & OrderView)[]; reads: string[] } {
  const orders: (OrderDraft & OrderView)[] = [];
  const reads: string[] = [];
  return {
    orders, reads,
    async createOrder(_call, draft) {
      const view: OrderView = { orderId: `review_${orders.length + 1}`, status: 'created', amount: draft.amount, refunded: 0 };
      orders.push({ ...draft, ...view });
      return view;
    },
    async getOrder(_call, orderId) {
      const o = orders.find((x) => x.orderId === orderId);
      return o && { orderId: o.orderId, status: o.status, amount: o.amount, refunded: o.refunded };
    },
    async refundOrder(_call, { orderId, amount }) {
      const o = orders.find((x) => x.orderId === orderId);
      if (!o) throw new Error('refundOrder:fail no such order');
      return { refundId: `rf_${orderId}`, amount: amount ?? o.amount };
    },
    async readUserData(_call, scope) {
      reads.push(scope);
      return userData[scope];
    },
  };
}
