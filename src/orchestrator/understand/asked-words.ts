import { BALANCE } from './asked-attribute.ts';

/**
 * What a question asks about, in the words skills use for it: 「几点关门」 asks for 营业时间,
 * 「有货吗」 for stock, 「运费多少」 for the delivery fee, 「要多久」 for how long it takes. Every
 * service asks these, so they choose which of one mini-program's APIs answers, never which
 * mini-program.
 */
const ASKED: [RegExp, string][] = [
  [/几点(?:关门|开门|打烊|营业|下班|开|关)|开到几点|营业到几点|营业时间|开门时间|关门时间|(?:还|现在|晚上|半夜|深夜|凌晨|通宵)(?:在)?(?:开|营业)(?:着|门)?(?:吗|么|不|没)|\bopen (?:at|after|past|overnight|24)|\b(?:is|are) (?:it|they|the [^?]{1,30}) (?:still )?open\b|\bopening hours\b|\bopen (?:until|till|late|now|today)\b|\b(?:when|what time) (?:do|does|is|are) [^?]{0,40}\b(?:open|close|closing)\b|\bbusiness hours\b/iu, '营业时间 营业 hours'],
  [/有货|有没有货|缺货|没货|库存|\bin stock\b|\bout of stock\b|\bstock\b/iu, '库存 有货 是否有货 stock'],
  [/运费|配送费|送货费|邮费|\bdelivery (?:fee|charge|cost)\b|\bshipping\b/iu, '运费 配送费'],
  [/多久|多长时间|几个小时|几个钟|\bhow long\b/iu, '时长 小时 分钟'],
  [BALANCE, '余额 balance'],
  // (「一张票多少钱」, "how much is a regular ticket": the price of a ticket or a seat, not of what is sold beside it)
  [/票价|(?:一张|每张)(?:票)?多少钱|票(?:要)?多少钱|座(?:位)?(?:要)?多少钱|\b(?:ticket|seat|fare) (?:price|cost)s?\b|\b(?:price|cost) of (?:an? |the )?(?:\w+ )?(?:ticket|seat)s?\b|\bhow much (?:is|are|does|do|for) (?:an? |the |one )?(?:\w+ ){0,2}(?:ticket|seat)s?\b/iu, '票价'],
];
/** The same, each to take out every time it is said (`withoutAskedWords`): built once, not per text. */
const ASKED_EVERYWHERE = ASKED.map(([asked]) => new RegExp(asked.source, 'giu'));

/** The skills' words for what the text asks (「营业时间」 for 「几点关门」), none where it asks none of these. */
export function askedWords(text: string): string[] {
  return ASKED.filter(([asked]) => asked.test(text)).flatMap(([, words]) => words.split(' '));
}

/** The text with the skills' words for what it asks, where it asks one of these. */
export function withAskedWords(text: string): string {
  const added = askedWords(text);
  return added.length ? `${text} ${added.join(' ')}` : text;
}

/**
 * The text without the words that ask one of these (「几点关门」, 「还开吗」): what is left says whether
 * it also asks about something else (its sessions, what is left).
 */
export function withoutAskedWords(text: string): string {
  return ASKED_EVERYWHERE.reduce((rest, asked) => rest.replace(asked, ' '), text);
}
