import { escapeRegExp } from '../../core/index.ts';
import { askedAttributes, type Attribute } from '../understand/asked-attribute.ts';
import { thingWords } from '../understand/index.ts';
import { docSentences } from './policy.ts';

/** How a sentence states an attribute: an amount of money, or a length of time. */
const STATES: Partial<Record<Attribute, RegExp>> = {
  price: /[¥￥]\s*\d|\d\s*元|\b\d+(?:\.\d+)?\s*(?:yuan|RMB)\b/i,
  // (not a date's day or weekday: 「11月20日」「20周五」「2026年」)
  duration: /\d\s*(?:天|小时|分钟|个月|周(?![一二三四五六日天末])|年(?!\s*\d))|\b\d+\s*(?:days?|hours?|minutes?|weeks?|months?|years?)\b/i,
};

/** The words of asking and of the attributes asked, no part of what a question is about. */
const ASKING = /有效期|能用|多少钱|多少|多久|多长时间|多长|价格|价钱|费用|几块|怎么|什么|吗|呢|吧|啊|请问|问一下|问问/gu;

/**
 * The facts a question asks that the reply leaves out (「次卡有效期多久」 answered with a list of
 * prices), as the skill's own documents state them of the things asked about (「陶艺次卡 880 元，
 * 60 天有效…」): for each part of the question whose thing the reply does not name with what is
 * asked, the sentence that names that thing best among those stating it. An English asker hears
 * the amounts in English after it. Undefined where nothing is left out or no sentence names it.
 */
export function statedFact(question: string, reply: string, docs: readonly string[], lang: 'zh' | 'en'): string | undefined {
  // (most replies answer no question of a price or a length: the documents are read only for one that does)
  if (!askedAttributes(question).some((a) => STATES[a])) return undefined;
  const sentences = docSentences(docs);
  const said = new Set<string>();
  let before: string[] = [];
  for (const part of question.split(/(?<=[？?。；;！!])/)) {
    const asked = askedAttributes(part).filter((a) => STATES[a]);
    const own = aboutWords(part);
    // (「次卡多少钱？有效期多久？」: a part that names no thing of its own asks of the one before)
    const words = own.length ? own : before;
    const earlier = before;
    before = words;
    if (!asked.length || !words.length) continue;
    // (the reply names the thing and says what is asked of it: answered)
    if (namesScore(reply, words) >= 2 && asked.every((a) => STATES[a]!.test(reply))) continue;
    const best = bestSentence(sentences, asked, words) ?? bestSentence(sentences, asked, [...new Set([...words, ...earlier])]);
    if (best && !reply.includes(best)) said.add(lang === 'en' && /[\u4e00-\u9fff]/.test(best) ? `${best} (${amountsInEnglish(best, asked)})` : best);
  }
  return said.size ? [...said].join(lang === 'en' ? ' ' : '') : undefined;
}

/** The one sentence that states most of what is asked and names the thing best (two points at least), if one does. */
function bestSentence(sentences: readonly string[], asked: readonly Attribute[], words: readonly string[]): string | undefined {
  const ranked = sentences
    .map((sentence) => ({ sentence, states: asked.filter((a) => STATES[a]!.test(sentence)).length, names: namesScore(sentence, words) }))
    .filter((s) => s.states > 0 && s.names >= 2)
    .sort((a, b) => b.states - a.states || b.names - a.names);
  const [best, next] = ranked;
  return best && !(next && next.states === best.states && next.names === best.names) ? best.sentence : undefined;
}

/** What a question is about, as words a Chinese document could say: its everyday thing words and its own Han words. */
function aboutWords(question: string): string[] {
  const glossed = thingWords(question).split(' ').filter((w) => w.length >= 2);
  const own = (question.replace(ASKING, ' ').match(/[\u4e00-\u9fff]{2,}/gu) ?? []);
  return [...new Set([...glossed, ...own])];
}

/**
 * How well a sentence names what the words are about: each word said whole counts its length, one
 * said with a few characters between its own (「次卡」 in 「次团课卡」) counts two, and a pair of
 * characters of a longer word counts one.
 */
function namesScore(sentence: string, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    if (sentence.includes(word)) score += word.length;
    else if (spreadIn(sentence, word)) score += 2;
    else for (let i = 0; i + 2 <= word.length; i++) if (sentence.includes(word.slice(i, i + 2))) score += 1;
  }
  return score;
}

/** Whether the characters of a short word stand in the sentence in order, at most two others between each. */
function spreadIn(sentence: string, word: string): boolean {
  if (word.length > 4) return false;
  return new RegExp([...word].map(escapeRegExp).join('[^，,。；;]{0,2}')).test(sentence);
}

const UNITS: [RegExp, string, Attribute][] = [
  [/(\d+(?:\.\d+)?)\s*元/g, '¥$1', 'price'],
  [/(\d+)\s*天/g, '$1 days', 'duration'],
  [/(\d+)\s*小时/g, '$1 hours', 'duration'],
  [/(\d+)\s*分钟/g, '$1 minutes', 'duration'],
  [/(\d+)\s*周(?![一二三四五六日天末])/g, '$1 weeks', 'duration'],
  [/(\d+)\s*个月/g, '$1 months', 'duration'],
  [/(\d+)\s*年(?!\s*\d)/g, '$1 years', 'duration'],
];

/** The amounts of money and time a Chinese sentence states, in English ("¥880 · 60 days"). */
function amountsInEnglish(sentence: string, asked: readonly Attribute[]): string {
  const found: { at: number; text: string }[] = [];
  for (const [pattern, english, attribute] of UNITS) {
    if (!asked.includes(attribute)) continue;
    for (const m of sentence.matchAll(pattern)) found.push({ at: m.index, text: m[0].replace(new RegExp(pattern.source), english) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text).join(' · ');
}
