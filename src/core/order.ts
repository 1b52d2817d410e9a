/**
 * The order a mini-program creates through the platform (`wx.createOrder`, docs/platform-api.md)
 * and what it sees of it afterwards: the one contract the runtime hands over and pay keeps.
 * Yuan at this edge; pay stores fen.
 */
export interface OrderLine {
  ref: string;
  name: string;
  qty: number;
  /** yuan, two decimals */
  unitPrice: number;
  options?: Record<string, unknown>;
}

export interface OrderDraft {
  title: string;
  /** yuan, two decimals; must equal the sum of `qty × unitPrice` over the lines */
  amount: number;
  lines: OrderLine[];
  meta?: Record<string, unknown>;
  /** An API of the same skill the hub calls with `{ orderId, status }` after the user decides. */
  notifyApi?: string;
  /** The skill whose API created the order (set by the hub, never by the mini-program). */
  skill?: string;
}

export type OrderStatus = 'created' | 'paid' | 'canceled' | 'refunded' | 'partially_refunded';

/** What a mini-program sees of an order (`wx.getOrder`). */
export interface OrderView {
  orderId: string;
  status: OrderStatus;
  amount: number;
  refunded: number;
}
