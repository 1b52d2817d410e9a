import { isActing, UNDO_AMOUNT_EN } from './request-words.ts';

/**
 * Questions about a mini-program's rules (「电影票可以退吗」, 「取消要扣钱吗」, "until when can I
 * cancel for free?"): answered from what the skill itself says of them, its rule lines that name
 * the thing asked about with a condition (a time before, a share kept, free or not).
 */
const ASKS_RULE = new RegExp([
  String.raw`(?:退|取消|改签|改期|改时间|退款)[^，,。；;]{0,8}(?:吗|么|嘛|[？?])`,
  // (「还能改到别的班次吗」: whether it can be moved at all, no time named to move it to)
  String.raw`(?:改|换)(?:到|成)?(?:别的|其他|其它|另一|另外)[^，,。；;]{0,6}(?:吗|么|嘛|[？?])`,
  // (「怎么收费」 asks a price, not a rule)
  String.raw`(?<!怎么|怎样|如何)(?:扣|收)(?:钱|费|违约金|手续费)(?:吗|么|嘛)?[？?]?`,
  String.raw`(?:什么时候|几点|多久)(?:之?前)?(?:能|可以)?(?:免费)?(?:取消|退)`,
  String.raw`\b(?:can|could) (?:i|we) (?:still )?(?:cancel|get a refund|refund|reschedule|change)\b`,
  String.raw`\b(?:cancel(?:lation)?|refund) (?:policy|fee|rules?)\b`,
  // (「现在退的话能退多少钱」, "how much would I get back if I cancel?": what an undo keeps back)
  // (not 「帮我取消，我想看看现在取消扣多少」, which asks it done and then sees what it cost)
  String.raw`(?:退|取消)(?:票|款|订|掉)?的话[^，,。；;]{0,10}(?:多少|几成)|(?:能|可以)退(?:回)?(?:多少|几成)`,
  UNDO_AMOUNT_EN,
  String.raw`\buntil when\b`,
  String.raw`\bcancel for free\b`,
  String.raw`\bis (?:it|there a) (?:refundable|cancellation fee)\b`,
].join('|'), 'i');

const TOPIC = /退|取消|改签|改期|改时间|refund|cancel|reschedul/i;
const CONDITION = /\d+\s*(?:小时|天|分钟|%|hours?|days?|minutes?)|全额|免费|违约金|手续费|不能|不可|不支持|free|fee|full/i;

export function asksAboutRules(text: string): boolean {
  return ASKS_RULE.test(text);
}

/** A clause that sets a case or undoes (「要是那天下雨」「如果明天取消的话」): no act said before a question of the rules. */
const CASE_OR_UNDO = /如果|要是|假如|万一|的话|退|取消|改签|改期|\b(?:if|cancel|refund|change)\b/i;

/**
 * Whether a text asking of the rules asks only that: it acts on nothing, or it is a question and nothing
 * after it (「…可以退吗？」, "Can I cancel a booking?") — but not where an act is said in a clause before
 * the question (「…给我订两张观景舱。顺便问下，退票要收钱吗？」: the act goes on, the rules said with it).
 */
export function asksRulesOnly(text: string): boolean {
  if (!isActing(text)) return true;
  if (!/^[^?？]*(?:[?？]|吗|么)\s*$/.test(text)) return false;
  return !text.split(/(?<=[。！!；;？?，,])/).slice(0, -1).some((part) => isActing(part) && !CASE_OR_UNDO.test(part));
}

/**
 * The lines of the skill documents that state a rule about undoing or changing, as written. Where
 * none states a condition, the lines that say what to do instead of the undoing or changing asked
 * about (「修改或退掉已支付的订单：请用户到柜台处理。」 for "can I change an order after I paid?").
 */
export function ruleLines(docs: readonly string[], question = ''): string[] {
  const sentences = docSentences(docs);
  const lines = sentences.filter((sentence) => TOPIC.test(sentence) && CONDITION.test(sentence));
  // a line that names itself a rule (「取消规则：…」, "Cancellation policy: …") says it best
  const named = lines.filter((line) => /规则|政策|policy|rules?/i.test(line));
  if (lines.length) return [...new Set(named.length ? named : lines)];
  const asked = ASKED_TOPICS.filter(([words]) => words.test(question)).map(([, stem]) => stem);
  // (「请用户到柜台处理」 tells the model what to tell the user: said to the user, it is 「请到柜台处理」)
  return [...new Set(sentences.filter((sentence) => asked.some((stem) => stem.test(sentence)) && INSTEAD.test(sentence)).map((line) => line.replace(/请(?:提醒|告诉|告知|引导)?用户/gu, '请')))];
}

/** What undoing or changing a question asks about, and how a line of the skill says it. */
const ASKED_TOPICS: [RegExp, RegExp][] = [
  [/改|换|\b(?:change|modify|amend|edit|switch)\b/i, /改|\b(?:change|modif|amend)/i],
  [/退|取消|\b(?:cancel|refund|return)\b/i, /退|取消|\b(?:cancel|refund)/i],
];
/** A line that says what happens instead: whom to ask, where to go, what cannot be done. */
const INSTEAD = /请|须|需|只能|不能|不可|无法|不支持|联系|到店|门店处理|\b(?:please|contact|only|cannot|not)\b/i;

/**
 * The sentences of skill documents that say something of the service, each on its own (a rule
 * and an instruction to the model may share a line): list marks off; headings and front matter
 * left out, and the parts of a sentence that name code (an API, a field) — the rest of it stays
 * (「处方草药（接口结果中 rxOnly=true，如麻黄）不能网上下单，不要为它调用 placeOrder。」 is
 * 「处方草药（如麻黄）不能网上下单。」).
 */
export function docSentences(docs: readonly string[]): string[] {
  return docs.flatMap((doc) => doc.split(/\n+/))
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.、)])\s*/, '').trim())
    .filter((line) => line && !line.startsWith('#') && !/^[a-z]+:\s/i.test(line))
    .flatMap((line) => line.split(/(?<=[。！!])\s*|(?<=\.)\s+(?=[A-Z])/))
    .map((sentence) => withoutCode(sentence.trim()))
    .filter((sentence) => sentence && !CODE.test(sentence));
}

/** A name in code (`placeOrder`, `rxOnly=true`, a backquoted word). */
const CODE = /[A-Za-z]+[A-Z][a-z]+|`|\b\w+\s*=\s*\w+/;

/**
 * A Chinese sentence with its clauses and bracketed notes that name code left out; '' where what is
 * left is less than half of its words, or only the case it was said for (the code was what it was about:
 * 「用户提到商品时，先 lookUp 取得 ID」).
 */
function withoutCode(sentence: string): string {
  if (!CODE.test(sentence) || !/\p{Script=Han}/u.test(sentence)) return sentence;
  const noted = sentence.replace(/[（(]([^（）()]*)[）)]/g, (_all, inner: string) => {
    const kept = clausesOf(inner).filter((part) => !CODE.test(part)).join('').replace(/[，,；;]\s*$/, '').trim();
    return kept ? `（${kept}）` : '';
  });
  const end = /[。！!]$/.exec(noted)?.[0] ?? '';
  const body = clausesOf(noted.slice(0, noted.length - end.length)).filter((part) => !CODE.test(part)).join('').replace(/[，,；;]\s*$/, '').trim();
  // (nor a case with nothing left to say in it: 「用户提到茶名时」, 「如果已生成订单」)
  const caseOnly = /(?:时|的话)$|(?:^|[：:])\s*(?:如果|若)[^，,；;]*$/.test(body);
  return !caseOnly && hanCount(body) * 2 >= hanCount(sentence) ? `${body}${end}` : '';
}

/** The clauses of a text, each with the mark that ends it; a bracketed note is never split. */
function clausesOf(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && /[，,；;]/.test(c)) {
      parts.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim());
}

/** How many Chinese characters a text holds. */
export const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
