/**
 * The most a person will pay, said as a limit or a condition of the act (「要是不超过150块就直接约了」,
 * 「30元以内就买」, "if Claritin is under 30 kuai, grab me a box", "as long as it's no more than ¥200"):
 * the amount, or undefined. A limit with no word of money (「90平以内」, "under 2 hours") is none.
 */
export function priceCap(text: string): number | undefined {
  for (const pattern of CAPS) {
    for (const m of text.matchAll(pattern)) {
      // (「差不到20块」, "less than 20 more": a difference between two prices, not a limit on one)
      if (DIFFERENCE.test(text.slice(Math.max(0, m.index! - 4), m.index!)) || /^\s*(?:more|extra|dearer)\b/i.test(text.slice(m.index! + m[0].length))) continue;
      const amount = Number(m.groups!.n);
      const money = m.groups!.cur !== undefined || m.groups!.unit !== undefined || PRICE_WORD.test(text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 4))
        || (BARE_LIMIT.test(m[0]) && amount >= 10 && !NOT_MONEY_AFTER.test(text.slice(m.index! + m[0].length)) && ACT_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)));
      if (money && amount > 0) return amount;
    }
  }
  return undefined;
}

/**
 * Whether the limit is on each one, not the whole (「一张要是不超过90块就买三张」「每张不超过80」「单价100以内」,
 * "if a seat is under 100", "under 80 each", "per ticket").
 */
export function capOnEach(text: string): boolean {
  for (const pattern of CAPS) {
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, m.index! - 10), m.index!);
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
      if (EACH_BEFORE.test(before) || EACH_AFTER.test(after)) return true;
      // ("how much is a box of X? if it's under 20, grab me two": the price of one, asked just before, is what "it" is)
      if (ONE_PRICED.test(text.slice(0, m.index!)) && REFERS_BACK.test(before)) return true;
    }
  }
  return false;
}

/** A count of one, or 「每」「单价」, right before the limit: the limit is on each. */
const EACH_BEFORE = /(?:(?:^|[^\d一二两三四五六七八九十])一[张个份件位间晚节杯盒瓶]|每[张个份件位间晚节杯盒瓶人]?|单价|一人)[^，,。；;！!？?\d]{0,6}$|\b(?:a|one|each|per) (?:ticket|seat|room|night|person|class|session|item|box|bottle|cup)\b[^,.;!?\d]{0,16}$/i;
/** "under 80 each", "per ticket", 「一张」 after the amount (「100块一张以内」). */
/** The price of one asked (「一盒多少钱」, "how much is a box of …"). */
const ONE_PRICED = /一[张个份件位间晚节杯盒瓶包][^，,。；;！!？?]{0,12}(?:多少钱|几块钱?|什么价)|(?:how much|what)(?:'s| is| does| do)?\s+(?:a|one)\s+(?:[a-z]+\s+){0,1}(?:box|bottle|pack|packet|tin|jar|ticket|seat|cup|room|night|class|session)\b/i;
/** A condition said of what was just asked (「要是…」, "if it's …"), with no count of its own. */
const REFERS_BACK = /(?:要是|如果|假如)[^\d一二两三四五六七八九十，,。；;！!？?]{0,4}$|\bif (?:it'?s|it is|that'?s|that is|they'?re)\b[^,.;!?\d]{0,8}$/i;
const EACH_AFTER = /^\s*(?:each|apiece|a piece|per (?:ticket|seat|room|night|person|head|class|session|item)|a (?:ticket|seat|night|head)|一[张个份件位间晚节杯盒瓶]|每[张个份件位间晚节杯盒瓶人])/i;

const N = String.raw`(?<cur>[¥￥]\s*|rmb\s*|cny\s*)?(?<n>\d+(?:\.\d+)?)\s*(?<unit>块钱?|元|kuai\b|yuan\b|rmb\b|cny\b|bucks\b)?`;
const CAPS = [
  new RegExp(String.raw`(?:不超过|不超出|不到|低于|少于|不高于|不大于|别超过|控制在|最多|顶多)\s*${N}`, 'gi'),
  new RegExp(String.raw`${N}\s*(?:以内|以下|之内|内)`, 'gi'),
  new RegExp(String.raw`\b(?:under|below|less than|no more than|not more than|at most|within|up to|max(?:imum)?|cheaper than|no higher than)\s+${N}`, 'gi'),
  new RegExp(String.raw`${N}\s+or\s+(?:less|under|below|cheaper)\b`, 'gi'),
  new RegExp(String.raw`\bbudget\s+(?:is\s+|of\s+)?${N}`, 'gi'),
  new RegExp(String.raw`预算\s*(?:是|只有|就|在)?\s*${N}`, 'gi'),
];
const DIFFERENCE = /(?:差|差价|相差|贵|多出|多花|便宜)\s*$|\bdifference\s+(?:is\s+)?$/i;
/**
 * 「大床房要是低于600就帮我订」: a bare number under a limit, with the act it allows right after, is money
 * — not a size, a count or a time (「低于90平」「不超过3人」).
 */
const BARE_LIMIT = /^(?:不超过|不超出|低于|少于|不高于|不大于|别超过)/;
const NOT_MONEY_AFTER = /^\s*(?:平|米|㎡|人|位|个|小时|分钟?|岁|点|号|天|晚|张|间|公里|km|kg|公斤|斤|%|度)/i;
const ACT_AFTER = /^\s*(?:的话)?\s*[，,]?\s*(?:就|才|再)?(?:帮我|给我)?(?:订|买|约|下单|预约|预订|拿|要)/;
/** Words of price around a bare number (「价格不超过200」, "if it costs under 50"). */
const PRICE_WORD = /价|钱|费|贵|便宜|花|预算|\bbudget\b|\bcosts?\b|\bprice[sd]?\b|\bcheap|\bpay\b|\bspend\b|\bfare\b/i;
