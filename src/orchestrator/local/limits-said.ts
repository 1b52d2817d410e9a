import { askedAttributes } from '../understand/asked-attribute.ts';
import { citiesIn, hanPairs, peopleSaid, tellingWords, withChineseWords } from '../understand/index.ts';
import { kindsNamed } from './kinds-named.ts';
import { docSentences, hanCount } from './policy.ts';

/** Asking whether a thing may be done (「餐食能单独买吗」, 「可不可以…」, "can I buy a meal without a ticket?"). */
const CAN_ASK = /(?:能不能|可不可以|能否|行不行|能|可以)[^，,。；;！!]{0,14}(?:吗|么|嘛|不|[？?])|(?:能不能|可不可以|行不行|可否|能否|行不|能不|可以不)\s*[？?。！!]?\s*$|\b(?:can|could|may) (?:i|we)\b|\bis it possible\b|\bam i allowed\b|\bdo (?:i|we) (?:have|need) to\b|(?:必须|一定要|非得|是不是得|得先)[^，,。；;！!]{0,14}(?:吗|么|嘛|[？?])/i;
/** Asking whether a kind of thing is had at all (「有学生票吗」「有没有学生价」, "is there a child fare?"). */
const HAS_ASK = /有没有|有[^，,。；;！!？?]{1,10}(?:吗|么|嘛)|\b(?:is|are) there\b|\bdo you (?:have|offer)\b/i;
/** Asking how many at most or least (「一次最多能买几张」, "how many can I book at most?"). */
const BOUND_ASK = /(?:最多|最少|至少|上限)[^，,。；;！!？?]{0,8}(?:几|多少)|(?:几|多少)[^，,。；;！!？?]{0,8}(?:最多|封顶)|\bat (?:most|least)\b|\b(?:maximum|minimum|limit)\b/i;
/** A clause that asks for a thing done (「能帮我买两张吗」, "can I get two…"): a request, not a question of what may be. */
const REQUEST = /帮|替我|给我|请|^\s*(?:can|could|may) (?:i|we) (?:get|have|order|book|buy|reserve)\b(?![^?]*\b(?:without|separately|alone|on (?:its|their) own|by (?:itself|themselves)|instead|(?:kids?|child(?:ren)?|student|senior)'?s?)\b)/i;
/** A sentence that states a limit: what only is done, or is not (「只能随票一起下单」, 「只送同城」, 「不支持改签」, "only with a ticket"). */
const LIMIT = /只(?![要是])\p{Script=Han}|不能|不可|不支持|不提供|无法|仅限|只限|仅支持|必须|\bonly\b|\bcannot\b|\bcan'?t\b|\bnot\b/iu;
/** A sentence that says a kind of thing is not had (「没有学生票」, "no child fares"): the words right after the negation. */
const ABSENT = /(?:没有|不设|不提供|无)\s*([^，,。；;！!、\s]{2,6})|\bno ([a-z]+(?: [a-z]+)?)/gi;
/** A sentence that states how many at most or least (「一单最多 6 张」, "up to 6"). */
const BOUND = /最多|最少|至少|上限|不超过|\bup to\b|\bat (?:most|least)\b|\bmaximum\b|\bminimum\b/i;
/** Asking whether a thing is needed or paid for (「要买票吗」「用不用单独买」, "does my kid need a ticket?"). */
const NEED_ASK = /(?:要|需要|用|得)(?:买|付|单独买|另买)?[^，,。；;！!？?]{0,3}(?:吗|么|嘛|[？?])|要不要|用不用|需不需要|\bdo(?:es)? [\w' ]{1,20} need\b/iu;
/** Kinds of person a ticket or a fare is had for, in everyday words, with the words rules name them by (「儿童票」 of 「小孩」). */
const PERSON_KINDS: [RegExp, string][] = [
  [/儿童|小孩|孩子|小朋友|宝宝|娃|儿子|女儿|\bkids?'?s?\b|\bchild(?:ren)?'?s?\b/iu, '儿童'],
  [/老人|老年|长辈|爷爷|奶奶|姥姥|姥爷|外公|外婆|\bseniors?\b|\belderly\b/iu, '老人 老年 长者'],
  [/学生|\bstudents?\b/iu, '学生'],
];
/** Asking how many of a thing to get (「要买几张」「买几张票」, "how many tickets"). */
const COUNT_ASK = /(?:买|要|订|算|需要)[^，,。；;！!？?]{0,4}(?:几|多少)(?:张|个|份|间)|\bhow many (?:tickets|seats|rooms|spots)\b/iu;
/** Asking what a kind of person pays (「小朋友有优惠吗」「老人半价吗」, "a discount for kids?"): asking of their fare. */
const FARE_ASK = /优惠|打折|折扣|半价|便宜|免费|票价|价格|多少钱|\b(?:discounts?|cheaper|free|prices?|fares?|pay)\b/iu;
const FARE_WORDS = '票价';
/** A line that tells the model what to say (「如实说明」「告诉用户」), not what the service does. */
const TELLS_MODEL = /如实|说明不|告诉用户|告知用户|向用户|请用户|\b(?:tell|inform) the user\b/i;
/** Asking for a thing on its own (「单买」「不买票」「不坐船」, "without a ticket", "on its own"): what a rule of 「单独…」 is written of. */
const ALONE = /单买|单点|单独|只买|光买|不(?:买|订|看|要|坐|乘|住|用)\p{Script=Han}|必须|一定要|非得|是不是得|得先|\b(?:have|need) to\b|\bwithout\b|\bon (?:its|their) own\b|\bseparately\b|\balone\b|\bby (?:it|them)sel(?:f|ves)\b/iu;
const ALONE_WORD = '单独';
const CITY_WORDS = '城市 同城 跨城 异地';
/** Bringing a thing to the person (「送到」「给上海送」, "deliver to"), and the words rules say it in. */
const BRINGING = /送(?:到|去|过|给|货|上门)|[给往]\p{Script=Han}{1,4}送|\bdeliver|\bship/iu;
const BRINGING_WORDS = '外送 配送 送货';
/** What is left out (「不买套餐」, "without a ticket"): no word of the thing asked of. */
const LEFT_OUT = /不(?:买|订|看|要|坐|乘|住|用)\p{Script=Han}{1,4}?(?=行|能|可|也|就|的话|[，,。？?吗]|$)|\bwithout (?:a |an |the )?\w+/iu;
const LEFT_OUT_G = new RegExp(LEFT_OUT.source, 'giu');
/** The words of asking, no part of what is asked about (nor how: 「直接」 "right away" names nothing asked of). */
const ASKING = /能不能|可不可以|能否|行不行|可以|能|有没有|吗|么|嘛|请问|最多|最少|至少|直接|[？?，,。！!]/gu;

/**
 * The answer to a question whether a thing may be done, where the skill's documents state a limit on
 * it (「餐食单独购买：餐食只能随船票一起下单。」): the limit-stating sentence that shares the rarest
 * words with the question — each pair of Chinese characters weighed by how few sentences hold it
 * (an English question read in the Chinese words of the things it names). So too whether a kind of
 * thing is had (「有学生票吗」: the line that says there is none) and how many at most (「最多能买几张」:
 * the line that bounds it). Undefined where the text asks nothing of the kind, only asks for a thing
 * done (「能帮我买两张吗」), or no such sentence shares a word with it that few others share; a
 * question asked beside an act is answered too (the caller says it before going on with the act), and
 * `clause` is the one that asks (what else the text says may act).
 */
export function limitAsked(text: string, docs: readonly string[], descriptions: readonly string[] = []): { sentence: string; clause: string } | undefined {
  // (only the words of the clause that asks whether: not those of a request, nor of a price or another fact
  // asked beside it, the list's to answer: 「…单买多少钱？不买票能只买吃的吗」)
  const clauses = text.split(/(?<=[？?。！!；;，,])/);
  const whether = (part: string) => !REQUEST.test(part) && !askedAttributes(part).length;
  // (「儿童票多少钱」, "how much is a kid's ticket?": a price asked of a kind of person's ticket is answered by a line that says there is none)
  // (「孩子一米二要买票吗」: whether one must pay for them, the same; "do kids get a discount?": what they pay, asked in words of a fare)
  const ofPerson = (part: string) => PERSON_KINDS.some(([kind]) => kind.test(part)) && (askedAttributes(part).length > 0 || NEED_ASK.test(part) || (FARE_ASK.test(part) && /[？?]|吗|么/.test(part))) && !REQUEST.test(part);
  const clause = clauses.find((part) => (CAN_ASK.test(part) || BOUND_ASK.test(part)) && whether(part))
    ?? clauses.find((part) => HAS_ASK.test(part) && whether(part) && !clauses.some((other) => other !== part && ofPerson(other) && !HAS_ASK.test(other)))
    ?? clauses.find(ofPerson)
    // (「就买一份…，不坐船」: a thing asked for with what it goes with left out asks for it on its own, whatever the limit on that)
    ?? clauses.find((part) => LEFT_OUT.test(part) && !askedAttributes(part).length)
    // (「两大一小要买几张票」, "how many tickets for two adults and a kid?": how many a party counts as, by the line that says it)
    ?? clauses.find((part) => COUNT_ASK.test(part) && peopleSaid(part) !== undefined && !REQUEST.test(part));
  if (!clause) return undefined;
  const asks = CAN_ASK.test(clause) || BOUND_ASK.test(clause) || HAS_ASK.test(clause);
  const byPrice = !asks && !LEFT_OUT.test(clause);
  // a line of what the model is shown people say (「“一家三口”」) is no limit; one that quotes a word in a rule is
  const sentences = docSentences(docs).flatMap((s) => s.split(/(?<=[；;])/)).map((s) => passedOn(s.trim()))
    .filter((s) => hanCount(s.replace(/[「“"][^」”"]*[」”"]/g, '')) * 2 > hanCount(s));
  if (!sentences.length) return undefined;
  // (the thing asked of may stand in the clause before: 「我就想买杯豆浆，不买套餐行不行」; a rule is written of its
  // kind, 「小吃（…豆浆…）」, and of a thing on its own as 「单独」)
  // (or after it, where what is left out is said first: 「我不坐船，就想买份盒饭」); what is left out is not asked of
  const before = clauses[clauses.indexOf(clause) - 1] ?? '';
  const next = !asks && clauses.indexOf(clause) === 0 ? clauses[1] ?? '' : '';
  const kinds = kindsNamed(withChineseWords(`${before} ${clause} ${next}`.trim().replace(LEFT_OUT_G, ' ')), [...docs, ...descriptions]);
  const own = `${clause} ${next}`.trim().replace(LEFT_OUT_G, ' ');
  // (「我今天不坐船，就想买两份…，能直接下单吗」: a thing left out in a clause before asks of one on its own too)
  const alone = ALONE.test(clause) || LEFT_OUT.test(clauses.slice(0, clauses.indexOf(clause)).join(''));
  // (「小孩有半价票吗」: the kind of person said in everyday words is the kind a rule names, 「儿童票」)
  const people = PERSON_KINDS.filter(([kind]) => kind.test(own)).map(([, words]) => words);
  // (「小朋友看电影有优惠吗」: what they pay is their ticket's price, of which a line says there is no kind of their own)
  const fare = people.length && FARE_ASK.test(own) ? FARE_WORDS : '';
  // (「能送到上海吗」: a city named is asked of as a city, in the words rules are written in: 「只送门店所在城市（同城配送）」)
  const place = citiesIn(own).length ? CITY_WORDS : '';
  // (「能给上海送吗」: bringing it to a city, in the words rules say it in)
  const bringing = place && BRINGING.test(own) ? BRINGING_WORDS : '';
  const askedText = `${withChineseWords(own)} ${tellingWords(own)} ${kinds.join(' ')} ${people.join(' ')} ${fare} ${alone ? ALONE_WORD : ''} ${place} ${bringing}`.replace(ASKING, ' ');
  const asked = pairs(askedText);
  // (whether a kind of thing is had is answered by a line that says it is not; how many, by a line that bounds it)
  // (「小孩能买儿童票吗」 is answered by a line that says there is none, as much as by a limit)
  // (and the kind it says there is none of is the kind asked of: 「没有儿童票」 answers a child's ticket, not "a movie for kids")
  const ofKind = (phrase: string) => !/\p{Script=Han}$/u.test(phrase) || askedText.includes(phrase.at(-1)!);
  const absent = (s: string) => [...s.matchAll(ABSENT)].some((m) => { const phrase = m[1] ?? m[2] ?? ''; return ofKind(phrase) && [...asked].some((pair) => phrase.includes(pair)); });
  // (a kind of person asked of, 「小孩能买…吗」, "can I buy a kid's ticket": the line that says there is none for them)
  const counting = COUNT_ASK.test(clause) && peopleSaid(clause) !== undefined;
  const states = counting ? () => true : byPrice || (people.length && sentences.some((s) => absent(s) && !TELLS_MODEL.test(s))) ? absent
    : BOUND_ASK.test(clause) ? (s: string) => BOUND.test(s)
    : CAN_ASK.test(clause) || !asks ? (s: string) => LIMIT.test(s) || absent(s)
    : absent;
  // how many sentences hold each pair asked, counted once
  const held = new Map([...asked].map((pair) => [pair, sentences.filter((s) => s.includes(pair)).length]));
  const holding = (pair: string) => held.get(pair)!;
  let best: { sentence: string; score: number } | undefined;
  // (a line that tells the model how to answer, 「…：如实说明不支持」, is no limit the user is told)
  const stating = sentences.filter((s) => states(s) && !TELLS_MODEL.test(s));
  // how many at most, where the skill bounds one thing only ("how many can I book at once?"): that bound
  if (BOUND_ASK.test(clause) && stating.length === 1) return { sentence: stating[0]!, clause };
  const cityPairs = place ? pairs(CITY_WORDS) : new Set<string>();
  for (const sentence of stating) {
    // (a line of cities, where one is named, counts once, with a word of what is asked of there: 「外送…城市」 of 「能外送到上海吗」)
    const ofCity = [...cityPairs].some((pair) => sentence.includes(pair));
    // a word most sentences hold (the service's own name, 「电影」) says nothing of which limit is meant
    const shared = [...asked].filter((pair) => !cityPairs.has(pair) && sentence.includes(pair) && holding(pair) <= Math.max(2, sentences.length / (ofCity ? 4 : 8)));
    const score = shared.reduce((sum, pair) => sum + 1 / holding(pair), ofCity ? 1 : 0);
    // (two words shared, or one no other line holds; 「单独」 alone names no thing)
    const enough = shared.length >= (ofCity ? 1 : 2) || shared.some((pair) => pair !== ALONE_WORD && holding(pair) === 1);
    if (enough && (!best || score > best.score)) best = { sentence, score };
  }
  // (「我就想买杯豆浆，不买套餐行不行」: what is wanted on its own stands before, and asks no act of it)
  const whole = next ? `${clause}${next}` : LEFT_OUT.test(clause) && before && !/[？?]/.test(before) && whether(before) ? `${before}${clause}` : clause;
  return best ? { sentence: best.sentence, clause: whole } : undefined;
}

/** 「处方草药不能网上下单：告诉用户须带方子到柜台配药。」: what the model is to tell the user of a limit, as the user hears it. */
const PASS_ON = /([：:])\s*(?:请)?(?:如实)?(?:告诉|告知|转告)用户[：:，,]?\s*(?=\p{Script=Han}{4})/u;

function passedOn(sentence: string): string {
  return sentence.replace(PASS_ON, '$1');
}

/** Characters that hold a sentence together and name nothing (「的船」 of 「我的船票」 is no word). */
const FUNCTION_CHARS = /[的了我你他她它们是在和与或也都就吧呢啊个一这那有]/u;


/** Each two Chinese characters side by side in a text, but where one of them names nothing. */
function pairs(text: string): Set<string> {
  return new Set(hanPairs(text).filter((pair) => !FUNCTION_CHARS.test(pair)));
}
