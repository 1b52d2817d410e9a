/**
 * What a skill says it does not do (「私教课、会员卡充值、话费充值都不在这里办理」, "We don't offer
 * personal training or lockers"): a request that names one of those things hears so, plainly,
 * before anything is looked up or ordered.
 */
const NOT_HERE_ZH = /(?:都|均|也|一律)?(?:不在这里办理|不在本(?:小程序|店|平台)办理|不在此办理|暂不提供|不提供|暂不支持|不支持|不能办理|无法办理|不办理)/;
const NOT_HERE_EN = /\b(?:do not|don'?t|does not|doesn'?t|cannot|can'?t)\s+(?:offer|provide|handle|do|sell)\b/i;

const CONDITIONAL = /\d|如果|若|超过|以上|以内|之前|之后|[前后]不|周[一二三四五六日末]|星期|节假日|今天|明天|晚上|早上|\b(?:if|after|before|within|weekends?|days?|hours?)\b/i;

export interface NotOffered {
  /** The thing as the skill names it. */
  thing: string;
}

/** The thing a request names that the skill's documents say it does not do; undefined where it names none. */
export function notOffered(text: string, docs: readonly string[]): NotOffered | undefined {
  const lower = text.toLowerCase();
  for (const sentence of sentencesOf(docs)) {
    for (const thing of thingsRefused(sentence)) {
      const short = thing.replace(/(?:课程|课|服务|业务)$/u, '');
      if (lower.includes(thing.toLowerCase()) || (short.length >= 2 && short !== thing && lower.includes(short.toLowerCase()))) return { thing };
    }
  }
  return undefined;
}

/** The notice for it, in the user's language. */
export function notOfferedNotice(refused: NotOffered, appName: string, lang: 'zh' | 'en'): string {
  return lang === 'en'
    ? `Sorry, ${appName} does not offer ${refused.thing}; nothing was booked or paid.`
    : `抱歉，${appName}不提供${refused.thing}，没有下单，也没有扣款。`;
}

function sentencesOf(docs: readonly string[]): string[] {
  return docs.flatMap((doc) => doc.split(/\n+/))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.、)])\s*/, '').trim())
    .filter((line) => line && !line.startsWith('#'))
    .flatMap((line) => line.split(/(?<=[。！!；;])\s*|(?<=\.)\s+(?=[A-Z])/))
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The things a sentence lists as not done: before the Chinese words that say so, after the English. */
function thingsRefused(sentence: string): string[] {
  // (a rule with a condition, a time or an amount — 「开课前2小时内不支持取消」 — says when, not what is never done)
  if (CONDITIONAL.test(sentence)) return [];
  const zh = NOT_HERE_ZH.exec(sentence);
  const en = zh ? undefined : NOT_HERE_EN.exec(sentence);
  const listed = zh
    ? beforeMarker(sentence.slice(0, zh.index))
    : en ? sentence.slice(en.index + en[0].length).split(/[.;!]|\b(?:here|in this app)\b/i)[0] ?? '' : '';
  return listed.replace(/[（(][^）)]*[）)]/gu, '').split(/[、，,/]|和|及|与|以及|\bor\b|\band\b/u)
    .map((part) => part.replace(/^(?:如|例如|比如|像|any|a|an|the)\s*/iu, '').replace(/(?:等|之类)$/u, '').trim())
    .filter((part) => part.length >= 2 && part.length <= 16);
}

/** 「注意：A、B都不在这里办理」 lists after the colon; 「A、B：如实说明不提供」 before it. */
function beforeMarker(text: string): string {
  const colon = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
  if (colon < 0) return text;
  const after = text.slice(colon + 1).trim();
  return !after || /如实|说明|告诉|请/u.test(after) ? text.slice(0, colon) : after;
}
