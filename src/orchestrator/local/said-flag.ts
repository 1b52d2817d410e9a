import { escapeRegExp } from '../../core/index.ts';
import type { JsonSchema } from '../../package/index.ts';

/**
 * A yes-or-no parameter that says what it adds (「是否加早餐」, `breakfast`, "whether to include
 * parking"), read from whether the request asks for that thing (「带早餐」「含早」, "with
 * breakfast") or declines it (「不要早餐」, "no breakfast"). Undefined where it says neither.
 */
export function saidFlag(name: string, schema: JsonSchema, texts: readonly string[]): boolean | undefined {
  // 「我上周退掉的那张票」 of a list that shows past and cancelled things only when asked: asked
  if (showsPast(name, schema.description ?? '') && texts.some((text) => PAST_SAID.test(text))) return true;
  const thing = flagThing(name, schema.description ?? '');
  if (!thing) return undefined;
  for (const text of texts) {
    const said = thing.test(text);
    if (!said) continue;
    return !negated(text, thing);
  }
  return undefined;
}

const ZH_FLAG = /^是否(?:要|需要|加|含|包含|带|添加|提供|加购|购买)?([\u4e00-\u9fff]{2,6}?)(?=[（(，,。；;：:\s]|$)/u;
const EN_FLAG = /^(?:whether to |whether )?(?:include|add|with|need|want)s?\s+(?:an?\s+|the\s+)?([a-z]+(?: [a-z]+)?)/i;

/** What the flag is about, as a pattern: 早餐 also as 「含早」 (its first character after a verb of having), `breakfast` by its name. */
function flagThing(name: string, description: string): RegExp | undefined {
  const zh = ZH_FLAG.exec(description.trim())?.[1];
  const en = EN_FLAG.exec(description.trim())?.[1] ?? (/^[a-z]+$/i.test(name) && !/^(is|has|needs?|use|with|allow|enable)/i.test(name) ? name : undefined);
  const parts: string[] = [];
  if (zh) parts.push(zh, `(?<=[含带加])${zh[0]}(?![点些上])`);
  // a meal (早餐) is said as its 饭 too (早饭)
  if (zh && /^[早午晚]餐$/u.test(zh)) parts.push(`${zh[0]}饭`);
  // (a name in camel case is its words: `extraShot` is "extra shot")
  if (en && en.length >= 4) parts.push(`\\b${en.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}s?\\b`);
  // 「true=加浓/加一份浓缩/extra shot」: the words the description gives for yes
  const yes = TRUE_GLOSS.exec(description)?.[1]?.split(/[/／|、]/).map((w) => w.trim()).filter((w) => w.length >= 2) ?? [];
  parts.push(...yes.map((w) => (/^[\x20-\x7e]+$/.test(w) ? `\\b${escapeRegExp(w)}\\b` : escapeRegExp(w))));
  return parts.length ? new RegExp(parts.join('|'), 'iu') : undefined;
}

/** 「true=加浓/加一份浓缩/extra shot」, "true = with gift wrap": what a yes is called. */
const TRUE_GLOSS = /\btrue\s*[=:：]\s*([^，,;；。()（）]+)/i;

const NEGATION = /(?:不要|不用|不需要|不含|不加|不带|无需|免|没有|no|without|skip|don'?t need|don'?t want)\s*(?:the\s+|any\s+)?$/i;

/** 「早餐不用」「早饭就不要了」, "breakfast not needed": the no said after the thing. */
const NEGATION_AFTER = /^[\s，,]*(?:就|也|都)?(?:不用|不要|不需要|免了|算了|not needed|isn'?t needed|not necessary)/i;

function negated(text: string, thing: RegExp): boolean {
  const match = thing.exec(text);
  if (!match) return false;
  const at = match.index;
  return NEGATION.test(text.slice(Math.max(0, at - 14), at)) || NEGATION_AFTER.test(text.slice(at + match[0].length));
}

/** A flag that adds to a list what is over or undone (`includeHistory`, 「是否也列出已退票、已取消的」, "include cancelled"). */
function showsPast(name: string, description: string): boolean {
  const said = `${name.replace(/([a-z])([A-Z])/g, '$1 $2')} ${description}`;
  return /include|show|all|列出|显示|包含|包括|查看|全部/i.test(said) && /history|past|cancel|refund|expired|completed|历史|已退|已取消|已完成|已过期|过去/i.test(said);
}

/**
 * A thing said as over or undone: 「退掉的」「取消了的」「上周的」, "the one I refunded", "last month's"
 * (「…退了」 at the end asks for a refund: only the one refunded, 「退掉的」, is over).
 */
const PAST_SAID = /退(?:掉|了|过)?的|已退|取消(?:了|掉|过)?的|已取消|(?:以前|之前|上次|上个?月|上周|上礼拜|去年|历史)(?:的|买|订|坐|那)|\b(?:refunded|cancell?ed|past|previous|history|last (?:week|month|year|time))\b/i;
