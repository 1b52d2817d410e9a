import type { ScriptedReply } from '../support/scripted-llm.ts';

/** One conversation the orchestrator must complete, whichever planner decides. */
export interface OrchestratorCase {
  name: string;
  user: string;
  say: string;
  answers?: string[];
  confirm: boolean;
  consent?: boolean;
  /** The payments captured at the end (merchant, yuan, line refs). */
  paid: { merchant: string; amount: number; refs: string[] }[];
  replyIncludes: string[];
  /** What a model would answer at each step (the scripted server replays it). */
  llm: ScriptedReply[];
}

const call = (name: string, args: Record<string, unknown> = {}): ScriptedReply => ({ toolCall: { name, arguments: args } });

export const CASES: OrchestratorCase[] = [
  {
    name: 'books and pays a grooming in a mini-program the planner has never seen',
    user: 'demo',
    say: '帮我约明天下午两点在望京店给我家小型犬洗个澡',
    confirm: true,
    paid: [{ merchant: 'pet-spa', amount: 68, refs: ['bath'] }],
    replyIncludes: ['支付成功'],
    llm: [
      call('pet-spa__listShops'),
      call('pet-spa__listServices'),
      call('pet-spa__bookGrooming', { shopId: 'ps1', serviceId: 'bath', date: '2026-11-21', time: '14:00', petSize: 'small' }),
      { text: '支付成功，已预约明天 14:00 的洗澡。' },
    ],
  },
  {
    name: 'understands English and a large dog',
    user: 'alice',
    say: 'Book a full grooming for my large dog at Paws Xujiahui tomorrow at 10am',
    confirm: true,
    paid: [{ merchant: 'pet-spa', amount: 268, refs: ['groom'] }],
    replyIncludes: ['支付成功'],
    llm: [
      call('pet-spa__listShops'),
      call('pet-spa__listServices'),
      call('pet-spa__bookGrooming', { shopId: 'ps3', serviceId: 'groom', date: '2026-11-21', time: '10:00', petSize: 'large' }),
      { text: '支付成功 — booked for tomorrow 10:00.' },
    ],
  },
  {
    name: 'a declined confirmation pays nothing and says so',
    user: 'demo',
    say: '帮我约明天下午两点在五道口店给小型犬洗澡',
    confirm: false,
    paid: [],
    replyIncludes: ['未支付'],
    llm: [
      call('pet-spa__listShops'),
      call('pet-spa__listServices'),
      call('pet-spa__bookGrooming', { shopId: 'ps2', serviceId: 'bath', date: '2026-11-21', time: '14:00' }),
      { text: '好的，这次不约了。' },
    ],
  },
  {
    name: 'asks which shop when the request names none, and understands the answer',
    user: 'demo',
    say: '明天上午十点给小型犬洗澡',
    answers: ['五道口'],
    confirm: true,
    paid: [{ merchant: 'pet-spa', amount: 68, refs: ['bath'] }],
    replyIncludes: ['望京', '支付成功'],
    llm: [
      call('pet-spa__listShops'),
      { text: '请问去哪家店？望京店还是五道口店？' },
      call('pet-spa__listServices'),
      call('pet-spa__bookGrooming', { shopId: 'ps2', serviceId: 'bath', date: '2026-11-21', time: '10:00' }),
      { text: '支付成功，已预约。' },
    ],
  },
  {
    name: 'orders from the example flower shop, asking for the address with consent',
    user: 'demo',
    say: '帮我订一束红玫瑰，明天送到家',
    confirm: true,
    consent: true,
    paid: [{ merchant: 'flower-shop', amount: 0, refs: ['b_red_roses', 'delivery'] }],
    replyIncludes: [],
    llm: [
      call('flower-shop__searchBouquets', { keyword: '红玫瑰' }),
      call('flower-shop__listAddresses'),
      call('flower-shop__placeOrder', { bouquetId: 'b_red_roses', addressId: 'home', deliveryDate: '2026-11-21' }),
      { text: '已下单，明天送到。' },
    ],
  },
];
