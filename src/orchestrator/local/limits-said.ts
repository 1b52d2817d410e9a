import { askedAttributes } from '../understand/asked-attribute.ts';
import { hanPairs, withChineseWords } from '../understand/index.ts';
import { docSentences } from './policy.ts';
import { isActing } from './request-words.ts';

/** Asking whether a thing may be done (「餐食能单独买吗」, 「可不可以…」, "can I buy a meal without a ticket?"). */
const CAN_ASK = /(?:能不能|可不可以|能否|行不行|能|可以)[^，,。；;！!]{0,14}(?:吗|么|嘛|不|[？?])|\b(?:can|could|may) (?:i|we)\b|\bis it possible\b|\bam i allowed\b/i;
/** A sentence that states a limit: what only is done, or is not (「只能随票一起下单」, 「不支持改签」, "only with a ticket"). */
const LIMIT = /只能|只可|不能|不可|不支持|不提供|无法|仅限|只限|仅支持|必须|\bonly\b|\bcannot\b|\bcan'?t\b|\bnot\b/i;
/** A line that tells the model what to say (「如实说明」「告诉用户」), not what the service does. */
const TELLS_MODEL = /如实|说明不|告诉用户|告知用户|向用户|请用户|\b(?:tell|inform) the user\b/i;
/** The words of asking, no part of what is asked about. */
const ASKING = /能不能|可不可以|能否|行不行|可以|能|吗|么|嘛|请问|[？?，,。！!]/gu;

/**
 * The answer to a question whether a thing may be done, where the skill's documents state a limit on
 * it (「餐食单独购买：餐食只能随船票一起下单。」): the limit-stating sentence that shares the rarest
 * words with the question — each pair of Chinese characters weighed by how few sentences hold it
 * (an English question read in the Chinese words of the things it names). Undefined where the text
 * acts, asks nothing of the kind, or no such sentence shares a word with it that few others share.
 */
export function limitAsked(text: string, docs: readonly string[]): string | undefined {
  // (a price or another fact asked beside it is the list's to answer: 「…单买多少钱？不买票能只买吃的吗」)
  if (!CAN_ASK.test(text) || isActing(text) || askedAttributes(text).length) return undefined;
  const sentences = docSentences(docs).filter((s) => !/[「“"]/.test(s));
  if (!sentences.length) return undefined;
  // (only the words of the clause that asks whether: not those of a question beside it)
  const clause = text.split(/(?<=[？?。！!；;])/).find((part) => CAN_ASK.test(part)) ?? text;
  const asked = pairs(withChineseWords(clause).replace(ASKING, ' '));
  // how many sentences hold each pair asked, counted once
  const held = new Map([...asked].map((pair) => [pair, sentences.filter((s) => s.includes(pair)).length]));
  const holding = (pair: string) => held.get(pair)!;
  let best: { sentence: string; score: number } | undefined;
  // (a line that tells the model how to answer, 「…：如实说明不支持」, is no limit the user is told)
  for (const sentence of sentences.filter((s) => LIMIT.test(s) && !TELLS_MODEL.test(s))) {
    // a word most sentences hold (the service's own name, 「电影」) says nothing of which limit is meant
    const shared = [...asked].filter((pair) => sentence.includes(pair) && holding(pair) <= Math.max(2, sentences.length / 8));
    const score = shared.reduce((sum, pair) => sum + 1 / holding(pair), 0);
    // (two words shared, or one no other line holds)
    const enough = shared.length >= 2 || shared.some((pair) => holding(pair) === 1);
    if (enough && (!best || score > best.score)) best = { sentence, score };
  }
  return best?.sentence;
}

/** Characters that hold a sentence together and name nothing (「的船」 of 「我的船票」 is no word). */
const FUNCTION_CHARS = /[的了我你他她它们是在和与或也都就吧呢啊个一这那有]/u;

/** Each two Chinese characters side by side in a text, but where one of them names nothing. */
function pairs(text: string): Set<string> {
  return new Set(hanPairs(text).filter((pair) => !FUNCTION_CHARS.test(pair)));
}
