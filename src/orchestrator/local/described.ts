import { matchEntities, withChineseWords, type Entity } from '../understand/index.ts';
import { questionWords } from './answer-along.ts';

/** Fields in which a listed thing describes itself in words (what it includes, who comes, what costs the same). */
const DESCRIPTION = /^(?:desc|description|intro|introduction|details?|notes?|remarks?|summary|说明|介绍|备注)$/i;

/** Asking what a thing is or holds (「里面有什么」「是什么做的」, "what's in", "what does it come with"). */
const MADE_OF = /里面(?:有|是|放了?)(?:什么|啥)|(?:是|用)(?:什么|啥)做的|是(?:什么|啥)(?:东西|口味|味道)?[？?吗]?\s*$|\bwhat(?:'s|s| is| are)\s+(?:actually\s+|exactly\s+)?in\b|\bwhat does\b[^?]{1,40}\b(?:have|contain|come with)\b|\bwhat(?:'s| is) (?:a|an)\b/i;

/** Whether a question asks what a thing is or holds (「里面有什么」, "what's in a …"). */
export const asksWhatItHolds = (text: string): boolean => MADE_OF.test(text);

/** The words a listed thing says of itself, where it carries any. */
export function descriptionOf(entity: Entity): string | undefined {
  const key = Object.keys(entity.fields ?? {}).find((k) => DESCRIPTION.test(k));
  const text = key ? entity.fields?.[key]?.trim() : undefined;
  return text || undefined;
}

/**
 * The thing's own description, where the question asks what it tells (「七座车要加钱吗」 of one
 * whose description says 「七座车同价」, "how many technicians" of one that says 「2名技师」): a word
 * the question says besides the thing's name, or the Chinese of its English, is in it.
 */
export function describedFor(question: string, entity: Entity, said: string): string | undefined {
  const description = descriptionOf(entity)?.replace(/[。.]+$/, '');
  if (!description || said.includes(description)) return undefined;
  const spans = matchEntities(question, [entity]).map((hit) => hit.span).sort((a, b) => b[0] - a[0]);
  const rest = spans.reduce((text, [start, end]) => `${text.slice(0, start)} ${text.slice(end)}`, question);
  const words = [...questionWords(rest), ...questionWords(withChineseWords(rest))];
  // (「X里面有什么」, "what's actually in a X": what it is made of is what it says of itself)
  return words.some((word) => description.includes(word)) || MADE_OF.test(rest) ? description : undefined;
}
