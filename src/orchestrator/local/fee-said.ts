import { hanPairs, withChineseWords } from '../understand/index.ts';
import { docSentences } from './policy.ts';

/** A question of what something costs (「配送费多少」「要加钱吗」, "how much is the delivery fee?"). */
const ASKS_FEE = /多少钱|(?<!好|很|差不|许|最)多钱|费多少|多少费|收费|费(?:吗|么|嘛)|费?怎么(?:算|收)|要钱吗|加钱|什么价|价格|几块|\bhow much\b|\bfee\b|\bcharge\b|\bcost\b/i;
/** The words of asking a price, which name no thing. */
const ASKING = /多少钱|多钱|多少|要钱|加钱|收费|什么价|价格|几块|要不要|吗|么|呢|[？?，,。！!]/gu;
/** The fee of getting a thing to the person, in English ("delivery fee", "shipping"): 「运费」「配送费」. */
const DELIVERY_FEE = /\b(?:delivery|shipping) (?:fee|charge|cost)s?\b|\bshipping\b|\bpostage\b/i;
/** A price right after the words (「配送费 ¥4」「收运费 6 元」「+¥3」): at most one character between. */
const PRICED = /^\p{Script=Han}?\s*[（(]?\s*(?:\+\s*)?(?:[¥￥]\s*\d|\d+(?:\.\d+)?\s*(?:元|块))/u;

/**
 * A fee the skill's documents state, where a question asks it (「外送要配送费吗？多少钱」 → 「…配送费 ¥4」):
 * the sentence where the longest run of the question's words, a fee, stands right before a price. Not
 * where the question's words run longer elsewhere in it unpriced (「燕麦拿铁多少钱」 of a line that
 * prices 「燕麦奶 +¥3」 and only names the drink): that is a thing of a list, asked of its list.
 */
export function feeAsked(text: string, docs: readonly string[]): { sentence: string; alone: boolean } | undefined {
  if (!ASKS_FEE.test(text)) return undefined;
  const asked = new Set(hanPairs(`${withChineseWords(text)}${DELIVERY_FEE.test(text) ? ' 运费 配送费' : ''}`.replace(ASKING, ' ')));
  if (!asked.size) return undefined;
  let best: { sentence: string; length: number; words: string } | undefined;
  for (const sentence of docSentences(docs).flatMap((s) => s.split(/(?<=[；;])/)).map((s) => s.trim())) {
    const runs = askedRuns(sentence, asked);
    const longest = Math.max(0, ...runs.map((r) => r.text.length));
    // (a fee: 「配送费」「运费」, not a rate of what is sent, 「同城首重 12 元」, which a quote computes)
    const priced = runs.filter((r) => r.text.length === longest && PRICED.test(sentence.slice(r.end)) && /费/.test(sentence.slice(r.end - r.text.length, r.end + 1)));
    if (longest >= 2 && priced.length && (!best || longest > best.length)) best = { sentence, length: longest, words: priced[0]!.text };
  }
  if (!best) return undefined;
  // (「…各一瓶送到家大概多少钱？运费怎么算？」: the price of the things is asked too, and the fee is said beside it)
  const fee = new Set(hanPairs(best.words));
  const clauses = withChineseWords(text).split(/[？?。；;！!，,]/).filter((c) => ASKS_FEE.test(c));
  // (a price asked that names nothing, 「…配送费吗？多少钱」, asks the fee's)
  const aboutFee = (clause: string) => {
    const named = hanPairs(clause.replace(ASKING, ' '));
    return !named.length || named.some((pair) => fee.has(pair)) || DELIVERY_FEE.test(clause);
  };
  return { sentence: best.sentence, alone: clauses.every(aboutFee) };
}

/** The runs of a sentence made of pairs the question says, each with where it ends. */
function askedRuns(sentence: string, asked: Set<string>): { text: string; end: number }[] {
  const runs: { text: string; end: number }[] = [];
  let start = -1;
  for (let i = 0; i < sentence.length - 1; i++) {
    const inside = asked.has(sentence.slice(i, i + 2));
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      runs.push({ text: sentence.slice(start, i + 1), end: i + 1 });
      start = -1;
    }
  }
  if (start >= 0) runs.push({ text: sentence.slice(start), end: sentence.length });
  return runs;
}
