import { isNegative } from '../understand/index.ts';

/**
 * 「江景房还有吗？没有的话就订个普通大床房」, "Any IMAX seats left? If not, a standard show is fine":
 * what is wanted first, and what instead if the mini-program cannot do that. `instead` is
 * absent where the rest only lets it go (「没有就算了」): then only the first is tried.
 */
export interface Fallback {
  /** The request up to the condition: what is asked for first. */
  first: string;
  /** What is asked for if the first cannot be had. */
  instead?: string;
  /** The whole request without the words of the condition: the details both share (住一晚，一个人). */
  whole: string;
}

/**
 * The words that make what follows a second choice: a condition that the first is not to be
 * had (none left, full, sold out, cannot be booked), in either language.
 */
const NONE_LEFT = String.raw`(?:都|已经)?(?:没有了?|没了|满了|已满|约满了?|订满了?|卖完了?|售罄了?|(?:订|约|买|抢)不[到上着了]|不行|(?:没|缺|无|断)货了?|(?:没|无)(?:票|座|位子?|位置|房|号)了?|不够了?|没有货|关门了?|关了|打烊了?|(?:没|不)开(?:门)?了?)`;
const THEN = String.raw`[，,]?\s*(?:那)?(?:就|也)?`;
/** 「…就」 that begins what is done instead (never 就诊, 就业, 就医, 就餐, 就读), something after it. */
const THEN_DO = String.raw`(?:[，,]?\s*(?:那)?(?:就|也)(?![诊业医餐读])(?=\S)|[，,]?\s*(?=[^，,。；;？?！!]{1,16}(?:也行|也可以|也成|也好|都行|都可以)))`;
const UNLESS_FIRST = new RegExp([
  // 「如果江景房满了就订大床房」: what is wanted first inside the condition
  String.raw`(?:如果|要是|假如|万一)(?<inside>[^，,。？?！!]{2,24}?)${NONE_LEFT}(?:的话${THEN}(?=\S)|${THEN_DO})`,
  // 「…还有吗？没有的话就…」「…，满了就…」「订不到的话…」
  String.raw`(?:如果|要是|假如|万一)?${NONE_LEFT}的话${THEN}(?=\S)`,
  String.raw`(?<=[？?，,。！!；;]\s*)(?:如果|要是|假如|万一)?${NONE_LEFT}${THEN_DO}`,
  // 「最好是包间，包间没了就坐大厅」: the first choice named again before its condition
  String.raw`(?<=[？?，,。！!；;]\s*)(?<again>[^，,。？?！!；;\s]{1,8}?)(?:如果|要是|假如|万一)?${NONE_LEFT}${THEN_DO}`,
  // "If not, …", "If there aren't any, …", "If it's sold out, …", "Otherwise …", "Failing that, …"
  String.raw`\b(?:if not|if there (?:isn'?t|aren'?t|is none|are none|is no room|are no (?:rooms|seats|spots|tickets))(?: any)?(?: left)?|if (?:it|that(?: one)?|this(?: one)?|they|those|the [a-z]+(?: [a-z]+)?|\d{1,2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?(?: o'clock)?|[a-z]+day|noon|midday|midnight|tonight|morning|afternoon|evening)(?:'s|'re| is| are)(?: already)? (?:sold out|full|fully booked|booked up|gone|taken|closed|not available|unavailable|not open|no good)|if they (?:don'?t|do not) have (?:it|any|one)|otherwise|failing that)\b,?\s*(?:then\s+)?`,
  // "Is the 10am class full? If it is, …", "Sold out? If so, …": the condition asked first, then taken up
  String.raw`(?<=\b(?:full|sold out|booked up|fully booked|gone|taken|closed)\s*\?\s*)(?:if (?:it is|it's|they are|they're|so|yes)|and if (?:it is|so))\b,?\s*(?:then\s+)?`,
].join('|'), 'iu');

/** The condition's split of a request, or undefined where it states none (or states it first, with nothing before). */
export function splitFallback(text: string): Fallback | undefined {
  const match = UNLESS_FIRST.exec(text);
  if (!match) return undefined;
  // (a first choice named again before its condition is kept where it says more: 「…，普拉提那节要是满了就…」)
  const before = text.slice(0, match.index);
  const again = match.groups?.again !== undefined && !before.includes(match.groups.again) ? match.groups.again : '';
  const first = `${before}${match.groups?.inside ?? ''}${again}`.trim().replace(/[，,;；]$/u, '');
  const rest = text.slice(match.index + match[0].length).trim();
  // a first part that is only the condition's own opening (「如果」) asks for nothing
  if (!/[\p{L}\p{N}]{2,}/u.test(first.replace(/^(?:如果|要是|假如|万一|if)\s*/iu, ''))) return undefined;
  if (!rest || isNegative(rest) || LET_GO.test(rest)) return { first, whole: first };
  const joint = /[？?。.！!]$/u.test(first) ? ' ' : /\p{Script=Han}/u.test(first) ? '，' : ', ';
  return { first, instead: rest, whole: `${first}${joint}${rest}` };
}

/** 「就算了」, "never mind", "forget it": nothing instead. */
const LET_GO = /^(?:就|那)?(?:算了|不要了|不用了|不订了|不买了|拉倒|再说吧?)|^(?:never ?mind|forget it|don'?t bother|no worries|skip it)\b/i;
