import { factsOf } from './facts.ts';

/**
 * What the user hears of a result's content: its facts, in the user's language. An
 * instruction-only content says nothing; an English error to a Chinese user (a validation
 * message, a skill written in English) becomes a plain Chinese sentence, and the reverse.
 */
export function factOf(content: string, options: { lang?: 'zh' | 'en'; apis?: string[]; isError?: boolean; rule?: boolean } = {}): string {
  const facts = factsOf(content, options);
  const han = /[\u4e00-\u9fff]/.test(facts);
  if (options.lang === 'zh' && facts && !han) return options.isError ? '抱歉，这一步没有办成，服务返回了错误。' : '';
  if (options.lang === 'en' && facts && han) {
    // (a line of the skill's own terms, 「没有儿童票」, states no result: "none found" would mislead)
    if (options.rule) return `The service's terms say: ${facts}`;
    // A skill written only in Chinese: what it says stays, with the English of the words that decide (full, sold out).
    // 「已约满的课不能预约」 states a rule about a kind of thing, not the state of this one
    const states = facts.replace(/(?:约满|满员|已满|售罄|已售完|已取消|已结束|已开场|已支付|已付款|已退款)的[^，,。；;]*/g, '');
    // a list where some are full and others free is not "full": the lines say which
    const mixed = SOME_FREE.test(states);
    const gist = STATUS_WORDS.filter(([zh, en]) => zh.test(states) && !(mixed && OF_SOME.has(en))).map(([, en]) => en);
    const lead = options.isError ? 'Sorry, that did not go through' : '';
    const said = [...new Set(gist)].join(', ');
    // ("Paid: 订单…已支付成功", "Sorry, that did not go through (full): …")
    const note = !gist.length ? lead : lead ? `${lead} (${said})` : `${said[0]!.toUpperCase()}${said.slice(1)}`;
    return note ? `${note}: ${facts}` : facts;
  }
  if (!facts && options.isError) return options.lang === 'en' ? 'Sorry, that step did not go through.' : '抱歉，这一步没有办成。';
  return facts;
}

/** Words that say some of a list can still be had (「13:00可约」「余46」). */
const SOME_FREE = /(?<!不)可约|(?<!不)可预约|(?<!不)可售|有票|有空|余\s*[1-9]|剩余?\s*[1-9]/;
/** The gists that may be said of some lines of a list only. */
const OF_SOME = new Set(['full', 'sold out']);

/** Words that decide what a result means, for an English speaker reading a Chinese one. */
const STATUS_WORDS: [RegExp, string][] = [
  [/约满|满员|已满|名额已满|没有名额|没位置/, 'full'], [/售罄|已售完|卖完|无票|没有票|只剩\s*0\s*[个张位间份]|(?:余|剩余?)\s*0(?![\d.])/, 'sold out'],
  [/余额不足|余额不够/, 'insufficient balance'], [/不够|不足/, 'not enough'], [/已取消|取消成功/, 'cancelled'],
  [/已退款|退款成功|原路退回/, 'refunded'], [/已支付|支付成功/, 'paid'], [/没有(?!下单|扣款|收费|生成|付款|支付)|暂无|未找到|找不到/, 'none found'],
  [/已结束|已开场|已开课|停止预约/, 'already started or closed'], [/不可退|不能退|不能取消|无法取消/, 'cannot be cancelled'],
];

/**
 * The short label of a parameter for a question: its description up to the first pause, without
 * the format it is written in (「离店日期 YYYY-MM-DD」 → 离店日期, 「门店ID」 → 门店). A description
 * that opens with its values (`delivery=外送到家，…`) has no label there: the name is spoken instead.
 */
export function paramLabel(description: string | undefined, name: string, lang: 'zh' | 'en'): string {
  const first = (description ?? '').split(/[，,。.;；(（:：\n]/)[0]?.trim() ?? '';
  const d = VALUE_LIST.test(first) ? '' : first.replace(FORMAT, '').replace(/(?<=\p{Script=Han})\s*(?:ID|Id|id)$/u, '').trim();
  if (!d) return spokenName(name);
  if (lang === 'en' && /[\u4e00-\u9fff]/.test(d)) {
    // The English a bilingual description gives its label (「收件城市（destination city）」), not an example's words.
    const english = (description ?? '').match(/[（(]([A-Za-z][A-Za-z '-]{2,40})[)）]/)?.[1]?.trim();
    return english && !/[a-z][A-Z]/.test(english) ? english : spokenName(name);
  }
  return d;
}

/** `code=gloss` or `code：gloss` at the start: a list of values, not a label. */
const VALUE_LIST = /^[\w.-]+\s*[=＝→]/;
/** How a value is written (YYYY-MM-DD, HH:MM), which is no part of what it is called. */
const FORMAT = /\s*\b(?:YYYY[-/]MM[-/]DD|YYYY-MM|MM-DD|HH:mm|HH:MM|hh:mm)\b\s*/g;

/** Whether a label is one a person reads in that language (a Chinese user is not asked about "fulfilment"). */
export function readsAsLabel(label: string, lang: 'zh' | 'en'): boolean {
  return lang === 'en' || /[\u4e00-\u9fff]/.test(label);
}

/** A parameter's name as words ("roomId" → "room", "start_time" → "start time"). */
function spokenName(name: string): string {
  const words = name.replace(/(?:_?ids?|ID)$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').trim().toLowerCase();
  return words || name;
}

export function listText(items: string[], lang: 'zh' | 'en'): string {
  return lang === 'en' ? items.join(', ') : items.join('、');
}
